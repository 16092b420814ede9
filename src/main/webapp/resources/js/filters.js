/*
 * Filters of the search and browse pages.
 * - On a phone the filters open from the "Filters" button as a dialog over the whole screen (the results come first and
 *   stay in place): focus moves to its Close button, Escape or Close shut it and give focus back to the button, and the
 *   page behind is inert and does not scroll. On a desktop they stay in the side column and the button is not shown.
 * - A search filter applies as soon as it is ticked: the page asks the same address the form would open, then puts
 *   the new results, counts and filters in place. Focus stays on the box that was ticked, and a status line says how
 *   many results there are. Enter on a box ticks it as Space does. The address changes as it would have, so the search
 *   can still be bookmarked. Without this script the form's "Apply filters" button does the same with a page load.
 */
(function () {
    "use strict";

    var phone = window.matchMedia("(max-width: 50rem)");

    function parts(root) {
        var toggle = root.querySelector(".filters-toggle");
        return {toggle: toggle, panel: toggle && document.getElementById(toggle.getAttribute("aria-controls"))};
    }

    /* While the filters are a dialog, everything else on the page is inert: out of the tab order, out of reach of
       assistive technology and of clicks. Re-applied after the results are replaced. */
    function inert(panel, on) {
        var marked = document.querySelectorAll("[data-filters-inert]");
        for (var i = 0; i < marked.length; i++) {
            marked[i].inert = false;
            marked[i].removeAttribute("data-filters-inert");
        }
        for (var node = panel; on && node.parentElement && node !== document.body; node = node.parentElement) {
            var siblings = node.parentElement.children;
            for (var j = 0; j < siblings.length; j++) {
                // The status line that says how many results there are stays heard.
                if (siblings[j] !== node && !siblings[j].inert && siblings[j].tagName !== "SCRIPT"
                        && !siblings[j].matches("[role=status], [aria-live]")) {
                    siblings[j].inert = true;
                    siblings[j].setAttribute("data-filters-inert", "");
                }
            }
        }
    }

    /* On a phone the open filters are a modal dialog: named by their heading, focus inside, the page still behind. */
    function dialog(panel, on) {
        panel.classList.toggle("filters--dialog", on);
        if (on) {
            panel.setAttribute("role", "dialog");
            panel.setAttribute("aria-modal", "true");
        } else {
            panel.removeAttribute("role");
            panel.removeAttribute("aria-modal");
        }
        document.documentElement.classList.toggle("filters-dialog-open", on);
        inert(panel, on);
    }

    function open(root) {
        var p = parts(root);
        p.toggle.setAttribute("aria-expanded", "true");
        p.panel.classList.add("filters--open");
        if (phone.matches) {
            dialog(p.panel, true);
            var close = p.panel.querySelector(".filters-close");
            if (close) {
                close.focus();
            }
        }
    }

    function shut(root, giveFocusBack) {
        var p = parts(root);
        p.toggle.setAttribute("aria-expanded", "false");
        p.panel.classList.remove("filters--open");
        dialog(p.panel, false);
        if (giveFocusBack) {
            p.toggle.focus();
        }
    }

    function drawer(root) {
        root.classList.add("browse--drawer");
        root.addEventListener("click", function (event) {
            var p = parts(root);
            if (!p.panel) {
                return;
            }
            if (event.target.closest(".filters-toggle")) {
                if (p.toggle.getAttribute("aria-expanded") === "true") {
                    shut(root, false);
                } else {
                    open(root);
                }
            } else if (event.target.closest(".filters-close")) {
                shut(root, true);
            }
        });
        root.addEventListener("keydown", function (event) {
            var p = parts(root);
            if (event.key === "Escape" && p.panel && p.panel.contains(event.target)
                    && p.toggle.getAttribute("aria-expanded") === "true" && p.toggle.offsetParent !== null) {
                event.preventDefault();
                shut(root, true);
            }
        });
        // Turned to a desktop's width, the filters are a column again, not a dialog.
        phone.addEventListener("change", function () {
            var p = parts(root);
            if (p.panel && p.panel.classList.contains("filters--open")) {
                if (phone.matches) {
                    dialog(p.panel, true);
                } else {
                    shut(root, false);
                }
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

    /**
     * The search box's words go with the filters: a reader who typed new words and then ticked a filter (without
     * pressing Search) means the new words, not those the page was answering. True when they changed. The old
     * words' search key (see search-signal.js) stays behind: new words are a new search, with a key of its own, and
     * the page's links (results, filter chips) carry that one.
     */
    function typedQuery(form) {
        var box = document.getElementById("search-q");
        var kept = form.querySelector("input[type=hidden][name=q]");
        if (!box || !kept || box.value.trim() === kept.value.trim()) {
            return false;
        }
        kept.value = box.value;
        var holder = document.querySelector("[data-search-signal-name]");
        var name = holder && holder.getAttribute("data-search-signal-name");
        Array.prototype.forEach.call(form.querySelectorAll("input[type=hidden]"), function (field) {
            if (name && field.name === name) {
                field.parentNode.removeChild(field);
            }
        });
        return true;
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
        // Enter on a filter's box does what Space does (it sent the form, and the page came back with the focus lost).
        root.addEventListener("keydown", function (event) {
            var box = event.target;
            if (event.key === "Enter" && !event.isComposing && box.type === "checkbox" && box.form
                    && box.form.hasAttribute("data-auto-apply")) {
                event.preventDefault();
                box.click();
            }
        });
        root.addEventListener("submit", function (event) {
            if (event.target.hasAttribute && event.target.hasAttribute("data-auto-apply")) {
                typedQuery(event.target);
            }
        });
        root.addEventListener("change", function (event) {
            var box = event.target;
            var form = box.form;
            if (!form || !form.hasAttribute("data-auto-apply") || box.type !== "checkbox") {
                return;
            }
            var retyped = typedQuery(form);
            var url = address(form);
            if (retyped) {
                // New words: the whole page answers them (its title, heading and corrections, not only the list).
                window.location.href = url;
                return;
            }
            var mine = ++requested;
            var status = document.getElementById("filters-status");
            root.setAttribute("aria-busy", "true");
            // "In place": a session that ended (an administrator changed the reader's roles) is said by the page
            // loaded whole below, not spent on this answer, of which only the list is used.
            fetch(url, {credentials: "same-origin", headers: {"Accept": "text/html", "X-Kmb-In-Place": "filters"}})
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
                    if (fresh.querySelector(".session-ended")) {
                        // Signed out meanwhile: the whole page, which says why (the list alone said nothing).
                        window.location.href = url;
                        return;
                    }
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
            if (panel.classList.contains("filters--dialog")) {
                inert(panel, true);
            }
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
