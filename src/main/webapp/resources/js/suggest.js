/*
 * Suggestions for the search box (WAI-ARIA combobox with a listbox popup): typing two letters or more asks
 * /api/suggest; Down and Up move through the suggestions, Enter searches for the one chosen (or for what was typed),
 * Escape closes the list. Each suggestion says what it is (its vocabulary: topic, audience, ...; author; title);
 * choosing a title opens its page, choosing a vocabulary term applies it as that filter (an audience is no words to
 * search). The box stays a plain GET form: without this script it simply searches.
 */
(function () {
    "use strict";

    function init(input) {
        var list = document.getElementById(input.getAttribute("aria-controls"));
        var status = document.getElementById(input.id + "-status");
        var form = input.form;
        var timer = null;
        var asked = "";
        var active = -1;

        function options() {
            return list.querySelectorAll("[role=option]");
        }

        function close() {
            list.hidden = true;
            list.innerHTML = "";
            input.setAttribute("aria-expanded", "false");
            input.removeAttribute("aria-activedescendant");
            active = -1;
        }

        function mark(index) {
            var all = options();
            active = index;
            for (var i = 0; i < all.length; i++) {
                var chosen = i === index;
                all[i].setAttribute("aria-selected", chosen ? "true" : "false");
                all[i].classList.toggle("suggest__option--active", chosen);
            }
            if (index >= 0) {
                input.setAttribute("aria-activedescendant", all[index].id);
                all[index].scrollIntoView({block: "nearest"});
            } else {
                input.removeAttribute("aria-activedescendant");
            }
        }

        var shown = [];
        var base = input.getAttribute("data-suggest").replace(/api\/suggest$/, "");

        function choose(item) {
            close();
            if (item.kind === "title" && item.id) {
                window.location.href = base + (item.type === "collection" ? "collections/" : "resources/")
                    + encodeURIComponent(item.id);
                return;
            }
            if (item.facet && item.value) {
                window.location.href = form.getAttribute("action") + "?" + encodeURIComponent(item.facet) + "="
                    + encodeURIComponent(item.value);
                return;
            }
            input.value = item.text;
            form.submit();
        }

        function show(items) {
            list.innerHTML = "";
            shown = items;
            items.forEach(function (item, i) {
                var option = document.createElement("li");
                option.id = input.id + "-option-" + i;
                option.setAttribute("role", "option");
                option.setAttribute("aria-selected", "false");
                option.className = "suggest__option suggest__option--" + item.kind;
                var text = document.createElement("span");
                text.className = "suggest__text";
                text.textContent = item.text;
                option.appendChild(text);
                var label = item.facet_label || input.getAttribute("data-kind-" + item.kind);
                if (label) {
                    var kind = document.createElement("span");
                    kind.className = "suggest__kind";
                    kind.textContent = label;
                    var pause = document.createElement("span");
                    pause.className = "visually-hidden";
                    pause.textContent = ", ";
                    option.appendChild(pause);
                    option.appendChild(kind);
                }
                option.addEventListener("mousedown", function (event) {
                    event.preventDefault();
                    choose(item);
                });
                list.appendChild(option);
            });
            var words = items;
            var any = words.length > 0;
            list.hidden = !any;
            input.setAttribute("aria-expanded", any ? "true" : "false");
            active = -1;
            if (status) {
                // One suggestion has its own words ("1 suggestion"), not the plural's.
                var pattern = words.length === 1 && input.hasAttribute("data-status-one")
                        ? input.getAttribute("data-status-one")
                        : input.getAttribute("data-status");
                status.textContent = any ? pattern.replace("{0}", words.length) : "";
            }
        }

        function ask() {
            var typed = input.value.trim();
            if (typed.length < 2) {
                close();
                return;
            }
            asked = typed;
            // Labels in the page's language, whatever language the browser asks for.
            var language = input.getAttribute("data-suggest-language");
            fetch(input.getAttribute("data-suggest") + "?q=" + encodeURIComponent(typed)
                    + (language ? "&language=" + encodeURIComponent(language) : ""), {
                headers: {"Accept": "application/json"},
                credentials: "same-origin"
            }).then(function (answer) {
                return answer.ok ? answer.json() : {suggestions: []};
            }).then(function (json) {
                if (asked === typed && input.value.trim() === typed) {
                    show(json.items || (json.suggestions || []).map(function (text) {
                        return {text: text, kind: ""};
                    }));
                }
            }).catch(close);
        }

        input.addEventListener("input", function () {
            clearTimeout(timer);
            timer = setTimeout(ask, 250);
        });
        input.addEventListener("keydown", function (event) {
            var count = options().length;
            if (event.key === "ArrowDown" && count > 0) {
                event.preventDefault();
                mark(active + 1 >= count ? 0 : active + 1);
            } else if (event.key === "ArrowUp" && count > 0) {
                event.preventDefault();
                mark(active <= 0 ? count - 1 : active - 1);
            } else if (event.key === "Enter" && active >= 0) {
                event.preventDefault();
                choose(shown[active]);
            } else if (event.key === "Escape") {
                close();
            }
        });
        input.addEventListener("blur", function () {
            setTimeout(close, 150);
        });
    }

    function start() {
        var boxes = document.querySelectorAll("input[data-suggest]");
        for (var i = 0; i < boxes.length; i++) {
            init(boxes[i]);
        }
    }

    if (document.readyState === "loading") {
        document.addEventListener("DOMContentLoaded", start);
    } else {
        start();
    }
})();
