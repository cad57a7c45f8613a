// Loaded before govforms.iife.js on the CSP pages (a CSP without 'unsafe-inline' allows no inline
// script): records every Content-Security-Policy violation the page reports, for the tests.
window.cspViolations = [];
document.addEventListener('securitypolicyviolation', function (e) {
  window.cspViolations.push({ directive: e.violatedDirective, blocked: e.blockedURI, sample: e.sample });
}, true);
