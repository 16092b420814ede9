/*
 * Filters of the search and browse pages.
 * - On a phone the filters sit in a drawer opened by the "Filters" button (the results come first); on a desktop they
 *   stay in the side column and the button is not shown.
 * - A search filter applies as soon as it is ticked: the page asks the same address the form would open, then puts
 *   the new results, counts and filters in place. Focus stays on the box that was ticked, and a status line says how
 *   many results there are. The address changes as it would have, so the search can still be bookmarked. Without
 *   this script the form's "Apply filters" button does the same with a page load.
 */
(function () {
    "use strict";

    function drawer(root) {
        root.classList.add("browse--drawer");
        root.addEventListener("click", function (event) {
            var toggle = event.target.closest(".filters-toggle");
            var panel = toggle && document.getElementById(toggle.getAttribute("aria-controls"));
            if (!panel) {
                return;
            }
            var open = toggle.getAttribute("aria-expanded") !== "true";
            toggle.setAttribute("aria-expanded", open ? "true" : "false");
            panel.classList.toggle("filters--open", open);
        });
        root.addEventListener("keydown", function (event) {
            var toggle = root.querySelector(".filters-toggle");
            var panel = toggle && document.getElementById(toggle.getAttribute("aria-controls"));
            if (event.key === "Escape" && panel && panel.contains(event.target)
                    && toggle.getAttribute("aria-expanded") === "true" && toggle.offsetParent !== null) {
                toggle.setAttribute("aria-expanded", "false");
                panel.classList.remove("filters--open");
                toggle.focus();
            }
        });
    }

    function address(form) {
        var params = new URLSearchParams();
        var data = new FormData(form);
        data.forEach(function (value, name) {
            params.append(name, value);
        });
        var query = params.toString();
        return form.getAttribute("action") + (query ? "?" + query : "");
    }

    function replace(current, fresh, selector) {
        var mine = current.querySelector(selector);
        var theirs = fresh.querySelector(selector);
        if (mine && theirs) {
            mine.replaceWith(document.importNode(theirs, true));
        }
    }

    function autoApply(root) {
        var requested = 0;
        root.addEventListener("change", function (event) {
            var box = event.target;
            var form = box.form;
            if (!form || !form.hasAttribute("data-auto-apply") || box.type !== "checkbox") {
                return;
            }
            var url = address(form);
            var mine = ++requested;
            var status = document.getElementById("filters-status");
            root.setAttribute("aria-busy", "true");
            fetch(url, {credentials: "same-origin", headers: {"Accept": "text/html"}})
                .then(function (answer) {
                    if (!answer.ok) {
                        throw new Error(String(answer.status));
                    }
                    return answer.text();
                })
                .then(function (html) {
                    if (mine !== requested) {
                        return;
                    }
                    var fresh = new DOMParser().parseFromString(html, "text/html");
                    var keep = box.id;
                    replace(root, fresh, ".results");
                    replace(root, fresh, ".filters-bar");
                    replace(root, fresh, "#filters-panel .facets");
                    replace(root, fresh, "#filters-panel .years");
                    var signal = fresh.querySelector("[data-search-signal]");
                    var shown = new URL(url, window.location.href);
                    if (signal && !shown.searchParams.has(signal.getAttribute("data-search-signal-name"))) {
                        shown.searchParams.set(signal.getAttribute("data-search-signal-name"),
                            signal.getAttribute("data-search-signal"));
                    }
                    window.history.replaceState(window.history.state, "", shown.toString());
                    root.removeAttribute("aria-busy");
                    start(root);
                    var again = document.getElementById(keep);
                    if (again) {
                        again.focus();
                    }
                    var count = root.querySelector(".results__count");
                    if (status && count) {
                        status.textContent = count.textContent.trim();
                    }
                })
                .catch(function () {
                    // The server could not answer in place: load the page as the button would.
                    window.location.href = url;
                });
        });
    }

    function start(root) {
        var applies = root.querySelectorAll(".facets__apply");
        for (var i = 0; i < applies.length; i++) {
            applies[i].classList.add("visually-hidden");
            applies[i].setAttribute("tabindex", "-1");
            applies[i].setAttribute("aria-hidden", "true");
        }
        var panel = root.querySelector("#filters-panel");
        var toggle = root.querySelector(".filters-toggle");
        if (toggle && panel) {
            toggle.hidden = false;
            toggle.setAttribute("aria-expanded", panel.classList.contains("filters--open") ? "true" : "false");
        }
    }

    function init() {
        var roots = document.querySelectorAll("[data-filters]");
        for (var i = 0; i < roots.length; i++) {
            drawer(roots[i]);
            autoApply(roots[i]);
            start(roots[i]);
        }
    }

    if (document.readyState === "loading") {
        document.addEventListener("DOMContentLoaded", init);
    } else {
        init();
    }
})();
