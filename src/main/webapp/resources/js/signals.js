/*
 * Reader signals: sends the "was this useful?" and "we used this" forms (class signal-form) to the portal's API as
 * JSON, with the session's CSRF token when the page has one, and says the outcome in the form's status line, in the
 * page's language (the messages come with the form, one data-msg-<code> attribute per answer the API can give).
 * What the reader typed stays in the form when an answer is refused. A session ended meanwhile (an administrator
 * changed the reader's roles) is said as such (data-msg-session-ended), not as a connection that failed.
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
        return counted(form, code, text) || form.getAttribute('data-msg-failed');
    }

    // A text over its box's limit is refused with the limit ({0}, the box's data-max) and the length typed ({1}),
    // written as the page's language writes numbers; the box keeps the text (it cut a longer paste silently before).
    var LIMITED = {text_too_long: 'text', line_too_long: 'line'};

    // Characters as the reader and the portal count them: an emoji is one (a string's length counts two UTF-16
    // units for it, so the count said was more than the reader typed: user session us53).
    function characters(value) {
        return Array.from(value).length;
    }

    function counted(form, code, text) {
        var field = text && LIMITED[code] ? form.elements[LIMITED[code]] : null;
        if (!field) {
            return text;
        }
        var numbers = new Intl.NumberFormat(document.documentElement.lang || undefined);
        return text.replace('{0}', numbers.format(parseInt(field.getAttribute('data-max'), 10)))
            .replace('{1}', numbers.format(characters(field.value)));
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

    // The field each refusal is about: the focus goes there, marked invalid and described by the message, so the
    // reader fixes it without hunting for it (WCAG 3.3.1).
    var FIELDS = {bad_date: 'used_on', line_missing: 'line', line_too_long: 'line', text_too_long: 'text',
        bad_reason: 'reason'};

    function statusId(form) {
        var status = form.querySelector('.signal-form__status');
        if (!status.id) {
            status.id = (form.id || 'signal-form') + '-status';
        }
        return status.id;
    }

    function describedBy(field) {
        var ids = field.getAttribute('aria-describedby');
        return ids ? ids.split(/\s+/).filter(Boolean) : [];
    }

    function clearInvalid(form) {
        var id = statusId(form);
        Array.prototype.forEach.call(form.querySelectorAll('[aria-invalid="true"]'), function (field) {
            field.removeAttribute('aria-invalid');
            var rest = describedBy(field).filter(function (other) {
                return other !== id;
            });
            if (rest.length) {
                field.setAttribute('aria-describedby', rest.join(' '));
            } else {
                field.removeAttribute('aria-describedby');
            }
        });
    }

    /** Says a refusal; when it is about one field, takes the focus there. */
    function refused(form, code) {
        say(form, message(form, code), 'error');
        var field = FIELDS[code] ? form.elements[FIELDS[code]] : null;
        if (!field || !field.focus) {
            return;
        }
        var id = statusId(form);
        field.setAttribute('aria-invalid', 'true');
        var ids = describedBy(field);
        if (ids.indexOf(id) < 0) {
            field.setAttribute('aria-describedby', ids.concat([id]).join(' '));
        }
        field.focus();
    }

    /** The use just recorded, added to the organization's list above the form (as stored: its date and line). */
    function listed(form, receipt) {
        var ours = document.getElementById('uptake-ours');
        if (!ours || !ours.querySelector('ul')) {
            return;
        }
        var item = document.createElement('li');
        item.textContent = (receipt.used_on || form.elements.used_on.value) + ' — '
            + (typeof receipt.line === 'string' ? receipt.line : form.elements.line.value);
        ours.querySelector('ul').appendChild(item);
        ours.hidden = false;
    }

    function done(form, receipt) {
        if (form.getAttribute('data-kind') === 'feedback') {
            var thanks = document.createElement('p');
            thanks.className = 'signal__done';
            thanks.setAttribute('role', 'status');
            thanks.setAttribute('tabindex', '-1');
            // A second answer from the same reader replaces the first: say so, not a plain thank-you.
            thanks.textContent = form.getAttribute(receipt && receipt.updated ? 'data-msg-updated' : 'data-msg-done');
            form.parentNode.replaceChild(thanks, form);
            thanks.focus();
        } else {
            listed(form, receipt || {});
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
        clearInvalid(form);
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
                    done(form, answer.json);
                } else {
                    refused(form, answer.json.error);
                }
            })
            .catch(function () {
                ready();
                say(form, message(form, null), 'error');
            });
    });
}());
