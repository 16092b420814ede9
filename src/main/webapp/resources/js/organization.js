/*
 * "For my organization" after its form was sent: the results' heading takes focus (and so the screen scrolls to
 * it), so that keyboard and screen-reader users land on what they asked for rather than at the top of the form.
 *
 * The answers are sent by POST (the challenges paragraph stays out of the address). The history entry of their
 * answer is made the page's own address: after "Save these answers" or leaving, Back showed Chromium's "Confirm form
 * resubmission" for it; now it shows the page (with the answers saved, for a member), and a reload sends nothing.
 */
(function () {
    "use strict";
    if (window.history && history.replaceState) {
        history.replaceState(history.state, "", location.href);
    }
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
