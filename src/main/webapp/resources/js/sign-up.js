/*
 * Sign-up: the organization's name when creating one, the join code when joining one. The field of the other choice
 * is hidden (and so out of the Tab order); the server still checks whatever is sent.
 */
(function () {
    "use strict";
    // Each form with [data-choice] parts is read by its own radios only: My account also has a language form whose
    // radios are named "…:choice", and read with them both fields of the organization form were hidden.
    function wire(form) {
        var radios = form.querySelectorAll("input[type=radio][name$='choice']");
        var parts = form.querySelectorAll("[data-choice]");
        if (!radios.length || !parts.length) {
            return;
        }
        function show() {
            var chosen = null;
            for (var i = 0; i < radios.length; i++) {
                if (radios[i].checked) {
                    chosen = radios[i].value;
                }
            }
            for (var j = 0; j < parts.length; j++) {
                parts[j].hidden = chosen !== null && parts[j].getAttribute("data-choice") !== chosen;
            }
        }
        for (var k = 0; k < radios.length; k++) {
            radios[k].addEventListener("change", show);
        }
        show();
    }
    function init() {
        var forms = document.querySelectorAll("form");
        for (var f = 0; f < forms.length; f++) {
            if (forms[f].querySelector("[data-choice]")) {
                wire(forms[f]);
            }
        }
    }
    if (document.readyState === "loading") {
        document.addEventListener("DOMContentLoaded", init);
    } else {
        init();
    }
})();
