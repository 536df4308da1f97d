package server

import (
	"httpstatus/app"
	"httpstatus/routes"
	"image/png"
	"os"
	"path/filepath"

	"net/url"
	"regexp"
	"strings"
	"sync"
	"testing"
)

var originSite struct {
	once sync.Once
	site *site
}

// testSiteWithOrigin is the test site as served at https://status.example.com.
func testSiteWithOrigin(t *testing.T) *site {
	t.Helper()
	originSite.once.Do(func() {
		registerRoutes.Do(app.RegisterRoutes)
		dir := t.TempDir()
		writeFakeWebDir(t, dir)
		s, err := newSite(dir, quietLogger, &url.URL{Scheme: "https", Host: "status.example.com"})
		if err != nil {
			t.Fatal(err)
		}
		originSite.site = s
	})
	if originSite.site == nil {
		t.Fatal("the test site with an origin could not be prepared")
	}
	return originSite.site
}

var metaTag = regexp.MustCompile(`<(?:meta content="([^"]*)" (?:property|name)="([^"]+)"|link href="([^"]*)" rel="canonical")>`)

// socialTags returns the page's social tags by name ("og:url",
// "canonical"), each value unescaped.
func socialTags(page string) map[string]string {
	head, _, _ := strings.Cut(page, "</head>")
	tags := map[string]string{}
	for _, m := range metaTag.FindAllStringSubmatch(head, -1) {
		if m[3] != "" {
			tags["canonical"] = m[3]
			continue
		}
		if strings.HasPrefix(m[2], "og:") || strings.HasPrefix(m[2], "twitter:") {
			if _, twice := tags[m[2]]; twice {
				tags[m[2]] = "TWICE"
				continue
			}
			tags[m[2]] = strings.ReplaceAll(m[1], "&amp;", "&")
		}
	}
	return tags
}

func TestPagesNameTheirAddressAndPreviewImageWithTheOrigin(t *testing.T) {
	s := testSiteWithOrigin(t)
	const o = "https://status.example.com"
	tests := []struct {
		target, canonical, image string
	}{
		{"/502", o + "/502", o + "/previews/502.png"},
		{"/5xx", o + "/5xx", o + "/previews/5xx.png"},
		{"/", o + "/", o + "/previews/index.png"},
		{"/?q=gateway", o + "/?q=gateway", o + "/previews/index.png"},
		{"/headers/retry-after", o + "/headers/retry-after", o + "/previews/headers/retry-after.png"},
		{"/no-such-page", "", o + "/previews/index.png"},
	}
	for _, tt := range tests {
		t.Run(tt.target, func(t *testing.T) {
			tags := socialTags(body(t, do(t, s, "GET", tt.target, "Accept-Encoding", "br")))
			if tags["canonical"] != tt.canonical || tags["og:url"] != tt.canonical {
				t.Errorf("canonical %q, og:url %q; want %q", tags["canonical"], tags["og:url"], tt.canonical)
			}
			want := map[string]string{
				"og:image": tt.image, "og:image:width": "1200", "og:image:height": "630",
				"twitter:card": "summary_large_image", "og:type": "website",
			}
			for name, value := range want {
				if tags[name] != value {
					t.Errorf("%s = %q, want %q", name, tags[name], value)
				}
			}
			for _, name := range []string{"og:title", "og:description", "og:image:alt"} {
				if tags[name] == "" || tags[name] == "TWICE" {
					t.Errorf("%s = %q", name, tags[name])
				}
			}
		})
	}
}

func TestWithoutAnOriginNoTagCarriesABrokenURL(t *testing.T) {
	s := testSite(t)
	for _, target := range []string{"/502", "/5xx", "/", "/?q=gateway", "/no-such-page"} {
		t.Run(target, func(t *testing.T) {
			page := body(t, do(t, s, "GET", target, "Accept-Encoding", "br"))
			tags := socialTags(page)
			for _, name := range []string{"canonical", "og:url", "og:image", "twitter:card"} {
				if v, ok := tags[name]; ok {
					t.Errorf("%s = %q, want no such tag without an origin", name, v)
				}
			}
			if tags["og:title"] == "" || tags["og:description"] == "" {
				t.Errorf("og:title %q, og:description %q: want both", tags["og:title"], tags["og:description"])
			}
			if strings.Contains(page, `"https://"`) || strings.Contains(page, "https:///") {
				t.Error("the page still holds a URL without a host")
			}
		})
	}
}

func TestParseOriginTakesASchemeAndAHostOnly(t *testing.T) {
	tests := []struct {
		in   string
		want string
	}{
		{"https://status.example.com", "https://status.example.com"},
		{"https://status.example.com/", "https://status.example.com"},
		{"http://localhost:8000", "http://localhost:8000"},
		{"status.example.com", ""},
		{"ftp://status.example.com", ""},
		{"https://status.example.com/docs", ""},
		{"https://status.example.com/?x=1", ""},
		{"https://user@status.example.com", ""},
	}
	for _, tt := range tests {
		u, err := parseOrigin(tt.in)
		got := ""
		if err == nil {
			got = u.String()
		}
		if got != tt.want {
			t.Errorf("parseOrigin(%q) = %q, %v; want %q", tt.in, got, err, tt.want)
		}
	}
}

func TestEveryPreviewImageNamedByAPageIsA1200By630PNG(t *testing.T) {
	s := testSiteWithOrigin(t)
	for _, target := range []string{"/502", "/5xx", "/", "/?q=gateway", "/no-such-page", "/headers/retry-after", "/compare/401-vs-403"} {
		t.Run(target, func(t *testing.T) {
			image := socialTags(body(t, do(t, s, "GET", target, "Accept-Encoding", "br")))["og:image"]
			path, ok := strings.CutPrefix(image, "https://status.example.com")
			if !ok {
				t.Fatalf("og:image %q is not on the origin", image)
			}
			res := do(t, s, "GET", path)
			if res.StatusCode != 200 || res.Header.Get("Content-Type") != "image/png" {
				t.Fatalf("%s: %d %s", path, res.StatusCode, res.Header.Get("Content-Type"))
			}
			cfg, err := png.DecodeConfig(res.Body)
			if err != nil || cfg.Width != 1200 || cfg.Height != 630 {
				t.Errorf("%s: %dx%d (%v), want a 1200x630 PNG", path, cfg.Width, cfg.Height, err)
			}
		})
	}
	if res := do(t, s, "GET", "/previews/298.png"); res.StatusCode != 404 {
		t.Errorf("/previews/298.png answers %d, want 404", res.StatusCode)
	}
}

// The export writes the pages as prepared and the preview images under
// their addresses. (The whole export, some 900 files, runs in the browser
// tests with the server binary; here, under the race detector, only the
// files this test reads are written, through the export's own writer.)
func TestTheStaticExportCarriesTheTagsAndTheImages(t *testing.T) {
	s := testSiteWithOrigin(t)
	dir := t.TempDir()
	files := map[string]*asset{}
	for _, path := range []string{"/502", "/5xx", "/", "/headers/retry-after"} {
		files[exportName(path)] = s.assets[path]
		preview, _, err := s.previews.get(routes.Resolve(path).PreviewPath())
		if err != nil || preview == nil {
			t.Fatalf("%s: no preview (%v)", path, err)
		}
		files[routes.Resolve(path).PreviewPath()] = preview
	}
	if err := writeFiles(dir, files); err != nil {
		t.Fatal(err)
	}
	for _, page := range []string{"502.html", "5xx.html", "index.html", "headers/retry-after.html"} {
		b, err := os.ReadFile(filepath.Join(dir, page))
		if err != nil {
			t.Fatal(err)
		}
		image, ok := strings.CutPrefix(socialTags(string(b))["og:image"], "https://status.example.com/")
		if !ok {
			t.Fatalf("%s: og:image %q", page, socialTags(string(b))["og:image"])
		}
		f, err := os.Open(filepath.Join(dir, filepath.FromSlash(image)))
		if err != nil {
			t.Fatalf("%s names %s, which the export lacks: %v", page, image, err)
		}
		cfg, err := png.DecodeConfig(f)
		f.Close()
		if err != nil || cfg.Width != 1200 || cfg.Height != 630 {
			t.Errorf("%s: %dx%d (%v)", image, cfg.Width, cfg.Height, err)
		}
	}
}
