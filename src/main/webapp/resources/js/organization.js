/*
 * "For my organization" after its form was sent: the results' heading takes focus (and so the screen scrolls to
 * it), so that keyboard and screen-reader users land on what they asked for rather than at the top of the form.
 * (The answers are sent by POST and answered with a redirect to the page's address: see OrganizationBacking.)
 */
(function () {
    "use strict";
    function land() {
        var heading = document.getElementById("matches-title");
        if (heading) {
            heading.focus({preventScroll: true});
            heading.scrollIntoView({block: "start"});
        }
    }
    if (document.readyState === "loading") {
        document.addEventListener("DOMContentLoaded", land);
    } else {
        land();
    }
})();
