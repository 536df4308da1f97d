package app

// notFoundPage is the address the static export renders its 404.html from;
// static hosts serve that file for any address they do not have.
const notFoundPage = "/404.html"
