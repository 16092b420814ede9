/*
 * The plan and collection editors' buttons (move up or down, remove, add an item, find, link, ask for evidence) and a
 * collection's "Follow" button each send the whole form and the page comes back at its top. This puts the keyboard
 * focus back where the person was working: on the same button, on the item it moved with it, or, when one was removed,
 * on a neighbouring item's note (never on a Remove button: the next item's is there now) while the status line says
 * what was removed. "Delete" asks first: the focus goes to the question (a screen reader reads it, Tab reaches "Yes"
 * and "Cancel"), and after "Cancel" back to "Delete".
 */
(function () {
    'use strict';
    var key = 'kmb.keep-focus:' + location.pathname;

    function kept(button) {
        return button && button.id && !/(^|:)(save|save-over|load-theirs)$/.test(button.id)
            && (button.closest('.plan-item, .link-picker, .items-table, .found')
                || /(^|:)(add-item|find-button|add-link|follow-button|unfollow-button|delete|delete-cancel)$/.test(button.id));
    }

    // Enter in a box that has a button of its own (find, add a link: data-enter names it) presses that button, not
    // the form's first one (which moved nothing and left the focus on the page).
    document.addEventListener('keydown', function (event) {
        var input = event.target;
        if (event.key !== 'Enter' || event.isComposing || !input.matches || !input.matches('input[data-enter]')) {
            return;
        }
        var button = document.getElementById(input.id.slice(0, input.id.lastIndexOf(':') + 1)
            + input.getAttribute('data-enter'));
        if (button) {
            event.preventDefault();
            button.click();
        }
    }, true);

    document.addEventListener('submit', function (event) {
        // A button with parameters (the follow buttons) is sent by Faces' script through a button of its own,
        // without an id: then the button pressed is the one that has the focus.
        var button = event.submitter && event.submitter.id ? event.submitter : document.activeElement;
        try {
            if (kept(button)) {
                sessionStorage.setItem(key, button.id);
            } else {
                sessionStorage.removeItem(key);
            }
        } catch (e) {
            // storage refused (private mode): the page simply opens at its top
        }
    }, true);

    function candidates(id) {
        var list = [];
        var item = /^(.*:items:)(\d+):(up|down|remove)$/.exec(id);
        if (item) {
            var prefix = item[1];
            var index = parseInt(item[2], 10);
            if (item[3] === 'remove') {
                // Never a Remove button: the next item's is now in this place, and Enter again would silently take
                // that item too. The next item's note (now at this index), else the previous one's, else where
                // items are added. A text box takes Enter as a new line, not as a press of some button.
                var form = prefix.slice(0, prefix.length - 'items:'.length);
                [index, index - 1].forEach(function (row) {
                    list.push(prefix + row + ':notes', prefix + row + ':note');
                });
                list.push(form + 'add-item', form + 'find');
                return list;
            } else {
                var moved = item[3] === 'up' ? index - 1 : index + 1;
                list.push(prefix + moved + ':' + item[3], prefix + moved + ':' + (item[3] === 'up' ? 'down' : 'up'));
            }
        }
        var follow = /^(.*:)(un)?follow-button$/.exec(id);
        if (follow) {
            // Following swaps the button for "Stop following", and the other way round.
            list.push(follow[1] + (follow[2] ? '' : 'un') + 'follow-button');
        }
        var deletion = /^(.*:)delete(-cancel)?$/.exec(id);
        if (deletion) {
            list.push(deletion[2] ? deletion[1] + 'delete' : 'delete-question');
        }
        if (/(^|:)add-item$/.test(id)) {
            var whats = document.querySelectorAll('input[id$=":what"], textarea[id$=":what"]');
            if (whats.length) {
                list.push(whats[whats.length - 1].id);
            }
        }
        list.push(id);
        return list;
    }

    /* A button that says what its press did (data-announce) has it read by the page's polite status line, which is
       filled a moment after load so that screen readers notice the change. */
    function announce(element) {
        var words = element.getAttribute('data-announce');
        var status = document.getElementById(element.getAttribute('data-announce-in') || '');
        if (words && status) {
            setTimeout(function () {
                status.textContent = words;
            }, 150);
        }
    }

    /* The page's messages ("Removed …", "Added …") came with the page, in its status line: a screen reader, sent to
       the field that now has the focus, would not read them. They are put back a moment later, which it announces. */
    function reannounce() {
        var status = document.getElementById('messages');
        if (!status || !status.children.length) {
            return;
        }
        var lines = Array.prototype.slice.call(status.children);
        lines.forEach(function (line) {
            status.removeChild(line);
        });
        setTimeout(function () {
            lines.forEach(function (line) {
                status.appendChild(line);
            });
        }, 150);
    }

    function restore() {
        var id;
        try {
            id = sessionStorage.getItem(key);
            sessionStorage.removeItem(key);
        } catch (e) {
            return;
        }
        if (!id) {
            return;
        }
        // A refusal or a question (role=alert) keeps the page's own focus, unless the question is where this goes.
        var alert = document.querySelector('[role=alert], .message--error');
        var targets = candidates(id);
        for (var i = 0; i < targets.length; i++) {
            var element = document.getElementById(targets[i]);
            if (alert && !(element && alert.contains(element))) {
                continue;
            }
            if (element && !element.disabled) {
                place(element, 30);
                announce(element);
                reannounce();
                return;
            }
        }
    }

    /* Chromium may refuse focus while the page is still being first drawn: ask again on the next frames. */
    function place(element, tries) {
        element.focus();
        if (document.activeElement === element) {
            element.scrollIntoView({block: 'center'});
        } else if (tries > 0) {
            requestAnimationFrame(function () {
                place(element, tries - 1);
            });
        }
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', restore);
    } else {
        restore();
    }
})();
