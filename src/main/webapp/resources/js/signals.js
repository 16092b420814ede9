/*
 * Reader signals: sends the "was this useful?" and "we used this" forms (class signal-form) to the portal's API as
 * JSON, with the session's CSRF token when the page has one, and says the outcome in the form's status line, in the
 * page's language (the messages come with the form, one data-msg-<code> attribute per answer the API can give).
 * What the reader typed stays in the form when an answer is refused.
 */
(function () {
    'use strict';

    function token() {
        var meta = document.querySelector('meta[name="csrf-token"]');
        return meta ? meta.getAttribute('content') : null;
    }

    function say(form, text, kind) {
        var status = form.querySelector('.signal-form__status');
        status.textContent = text;
        status.className = 'signal-form__status message message--' + kind;
    }

    function message(form, code) {
        var text = code ? form.getAttribute('data-msg-' + String(code).replace(/_/g, '-')) : null;
        return text || form.getAttribute('data-msg-failed');
    }

    function feedback(form) {
        var choice = form.querySelector('input[name="useful"]:checked');
        if (!choice) {
            return null;
        }
        var answer = {
            useful: choice.value === 'yes',
            reason: form.elements.reason.value || null,
            text: form.elements.text.value,
            place: form.getAttribute('data-place') || 'resource'
        };
        var rank = parseInt(form.getAttribute('data-rank'), 10);
        if (!isNaN(rank)) {
            answer.rank = rank;
        }
        return answer;
    }

    function uptake(form) {
        return {
            used_on: form.elements.used_on.value,
            line: form.elements.line.value,
            share: form.elements.share.checked
        };
    }

    function done(form) {
        if (form.getAttribute('data-kind') === 'feedback') {
            var thanks = document.createElement('p');
            thanks.className = 'signal__done';
            thanks.setAttribute('role', 'status');
            thanks.setAttribute('tabindex', '-1');
            thanks.textContent = form.getAttribute('data-msg-done');
            form.parentNode.replaceChild(thanks, form);
            thanks.focus();
        } else {
            form.elements.line.value = '';
            say(form, form.getAttribute('data-msg-done'), 'info');
        }
    }

    document.addEventListener('submit', function (event) {
        var form = event.target;
        if (!form.classList || !form.classList.contains('signal-form')) {
            return;
        }
        event.preventDefault();
        var body = form.getAttribute('data-kind') === 'feedback' ? feedback(form) : uptake(form);
        if (!body) {
            say(form, message(form, 'useful_missing'), 'error');
            form.querySelector('input[name="useful"]').focus();
            return;
        }
        var headers = {'Content-Type': 'application/json', 'Accept': 'application/json'};
        if (token()) {
            headers['X-CSRF-Token'] = token();
        }
        // Busy rather than disabled while it is sent: a disabled button loses the keyboard focus (to the page's body,
        // user session), and the focus stays on it for the next step. A second press meanwhile sends nothing.
        var button = form.querySelector('button[type="submit"]');
        if (button.getAttribute('aria-disabled') === 'true') {
            return;
        }
        button.setAttribute('aria-disabled', 'true');
        function ready() {
            button.removeAttribute('aria-disabled');
        }
        fetch(form.action, {method: 'POST', headers: headers, body: JSON.stringify(body), credentials: 'same-origin'})
            .then(function (response) {
                return response.json().catch(function () {
                    return {};
                }).then(function (json) {
                    return {status: response.status, json: json};
                });
            })
            .then(function (answer) {
                ready();
                if (answer.status >= 200 && answer.status < 300) {
                    done(form);
                } else {
                    say(form, message(form, answer.json.error), 'error');
                }
            })
            .catch(function () {
                ready();
                say(form, message(form, null), 'error');
            });
    });
}());
