package data

// vendorHosting holds codes that hosting platforms send for the state of
// a whole site rather than for one request.
var vendorHosting = []Code{
	{
		Number:  530,
		Name:    "Site is frozen",
		Vendor:  "Pantheon",
		Status:  Unofficial,
		Summary: "Pantheon's platform serves a site that was frozen for inactivity; it stays down until someone on the site's team unfreezes it.",
		Explanation: `Pantheon freezes sites on its free Sandbox tier that have gone unused for a long time, and its dashboard marks them as frozen due to inactivity. A frozen site does not run: every request to it gets Pantheon's frozen-site page instead of the application, with 530 as the status in the lists that record it. Pantheon's documentation describes frozen sites but, in the pages we could read, not the number itself.

Nothing is wrong with the request or the application's code. A member of the site's team unfreezes it from the Site Dashboard; moving the site to a paid plan keeps it from being frozen again. Cloudflare uses the same number for an unrelated error, described in its own entry.

The response is not cacheable by default, and retrying achieves nothing until the site is unfrozen. No Retry-After is sent.`,
		Causes: []string{
			"A Sandbox site received no code pushes or dashboard activity for months and Pantheon froze it.",
			"A paid plan was removed from a site, which then fell back to Sandbox and was later frozen.",
			"An old demo or staging site that nobody has opened for a long time.",
		},
		Fixes: []string{
			"Operator: open the site in the Pantheon dashboard and choose to unfreeze it; a member of the site's team can do this.",
			"Operator: put sites that must stay reachable on a paid plan, which is not frozen for inactivity.",
			"Operator: delete demo sites you no longer need instead of leaving them to freeze, after taking a backup.",
			"Client: nothing to change on your side; tell the site's owner, since only they can bring it back.",
		},
		Headers: []Header{
			{"Content-Type", "The frozen-site page is HTML meant for a person, not an error format an API client can parse."},
		},
		Example: `HTTP/1.1 530 Site is frozen
Date: Wed, 25 Nov 2026 03:12:44 GMT
Content-Type: text/html; charset=utf-8
Content-Length: 118

<html><head><title>Site Frozen</title></head><body><h1>This site has been frozen due to inactivity.</h1></body></html>`,
		Related: []int{503, 402, 410},
		Confusions: []Confusion{
			{503, "503 is a temporary outage that clears by itself; a frozen Pantheon site stays down until someone unfreezes it."},
			{402, "Platforms that suspend a site for an unpaid bill often answer 402; Pantheon's 530 is about inactivity, not payment."},
		},
		Specs: []Spec{
			{"Pantheon documentation: Sites (frozen due to inactivity)", "https://docs.pantheon.io/guides/account-mgmt/workspace-sites-teams/sites"},
		},
		Facts: Facts{
			Cacheable:   false,
			BodyAllowed: true,
			Retry:       "No: the site stays frozen until its team unfreezes it.",
			RetryAfter:  false,
		},
		Keywords: []string{"Pantheon", "frozen site", "site frozen", "inactive sandbox", "unfreeze"},
	},
}
