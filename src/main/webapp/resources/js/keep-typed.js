/*
 * Nothing typed is lost when the session ended. When a form is sent, what was typed in its text boxes and what was
 * chosen in its drop-downs, radio buttons and checkboxes (never a password, never a hidden field, never a form that
 * asks for a password) is kept in this tab's sessionStorage, under
 * the page's address. If the answer is the sign-in page (the session had ended) or the "page expired" page, the
 * page says the text is kept; back on the page after signing in, the text goes back into the same boxes, only into
 * boxes still as the page gave them (never over something typed since), and a notice says so. Text that cannot go
 * back (its box is gone) is shown to copy, labelled with its box's label and its group's legend ("Item 2 — What");
 * a choice that cannot go back (its control is gone, or the option is no longer offered) is shown the same way, as
 * the words of the option chosen, under a notice that says which choices to make again.
 * A form whose rows the server makes (the plan's items) says so with data-kept-rows (the rows' id prefix): kept text
 * for rows the page lacks (added before the session ended, gone with it) has them made again, as new rows, by asking
 * the page once more with kept-rows=<how many> in its address; the text then goes into them (saved only by Save).
 * Any other answer means the form reached the server: the kept text is dropped; signing out on purpose drops all of
 * it. Kept text carries an opaque mark of the account whose page it was typed on (data-kept-owner): after signing in
 * as someone else, it is dropped, never put into their form.
 * A form whose fields are hidden copies of another form's says so with data-kept-copies (that form's id): the
 * organization page's "Save these answers" sends the answers shown in its questionnaire. When it is sent, what is kept
 * is the questionnaire as it is (every box and choice), and it goes back there; the page's forms holding copies of
 * other answers (its own, from before) are then hidden, so that no button sends those instead of the ones put back.
 * A page with several forms (the edit page's fields and its review comment, a proposal's goals and its Decline
 * button): a button sends only its own form. What was typed in the page's other forms is kept aside too (under
 * ASIDE), and when the answer is the same page again it goes back into the same boxes, with a notice naming them:
 * it has not been sent yet; their own button sends it.
 * The header's language switch leads to the same page in the other language: what was typed or chosen there and not
 * sent yet (in any of the page's forms, those asking for a password too: sign-up, an invitation) is kept under the page,
 * and put back into the same boxes in the other language, with a notice that it is not saved yet. A password is never
 * kept: its boxes come back empty. What the server keeps for the page (rows added, kept=) goes with the address.
 * The ids kept are named on the page (data-typing-kept on the root), so that js/unsaved-warning.js does not ask before
 * leaving for them.
 */
(function () {
    'use strict';

    var PREFIX = 'kmb.kept-typing:';
    /** Text typed in a page's other forms when one form is sent: kept under this prefix and the page's key. */
    var ASIDE = PREFIX + 'aside:';
    var KEPT_FOR_HOURS = 12;
    var TEXT_TYPES = ['text', 'email', 'url', 'search', 'tel', 'number', 'date', 'datetime-local', 'time'];
    /** The address parameter that asks a page with data-kept-rows for that many new rows (see PlanBacking). */
    var ROWS_PARAM = 'kept-rows';

    function storage() {
        try {
            return window.sessionStorage;
        } catch (e) {
            return null;
        }
    }

    /** A page's key: its public path (no .xhtml, a folder's index as the folder) and its query without lang. */
    function pageKey(address) {
        var hash = address.indexOf('#');
        if (hash >= 0) {
            address = address.substring(0, hash);
        }
        var question = address.indexOf('?');
        var path = question >= 0 ? address.substring(0, question) : address;
        var query = question >= 0 ? address.substring(question + 1) : '';
        if (/\.xhtml$/.test(path)) {
            path = path.substring(0, path.length - '.xhtml'.length);
        }
        if (/\/index$/.test(path)) {
            path = path.substring(0, path.length - 'index'.length);
        }
        var kept = query.split('&').filter(function (pair) {
            return pair !== '' && pair.indexOf('lang=') !== 0 && pair.indexOf(ROWS_PARAM + '=') !== 0;
        });
        return path + (kept.length ? '?' + kept.join('&') : '');
    }

    function here() {
        return pageKey(window.location.pathname + window.location.search);
    }

    function isTextBox(field) {
        if (!field.id || field.disabled || field.readOnly) {
            return false;
        }
        if (field.tagName === 'TEXTAREA') {
            return true;
        }
        return field.tagName === 'INPUT' && TEXT_TYPES.indexOf((field.getAttribute('type') || 'text').toLowerCase()) >= 0;
    }

    /** What kind of control a field is for keeping: 'text', 'select', 'radio', 'checkbox', or null (never kept). */
    function kindOf(field) {
        if (isTextBox(field)) {
            return 'text';
        }
        if (!field.id || field.disabled) {
            return null;
        }
        if (field.tagName === 'SELECT') {
            return 'select';
        }
        var type = field.tagName === 'INPUT' ? (field.getAttribute('type') || '').toLowerCase() : '';
        return type === 'radio' || type === 'checkbox' ? type : null;
    }

    function selectedValues(select) {
        return Array.prototype.filter.call(select.options, function (option) {
            return option.selected;
        }).map(function (option) {
            return option.value;
        });
    }

    function selectedWords(select) {
        return Array.prototype.filter.call(select.options, function (option) {
            return option.selected;
        }).map(function (option) {
            return option.textContent.replace(/\s+/g, ' ').trim();
        }).join(', ');
    }

    function untouchedSelect(select) {
        return Array.prototype.every.call(select.options, function (option) {
            return option.selected === option.defaultSelected;
        }) || !Array.prototype.some.call(select.options, function (option) {
            // No option marked by the page: the browser shows the first one.
            return option.defaultSelected;
        }) && select.selectedIndex <= 0;
    }

    /** The radio buttons of the same group as a radio button, in its form. */
    function radioGroup(radio) {
        var scope = radio.form || document;
        return Array.prototype.filter.call(scope.querySelectorAll('input[type=radio]'), function (other) {
            return other.name === radio.name;
        });
    }

    function ownLabel(field) {
        var label = field.labels && field.labels.length ? field.labels[0].textContent : field.value;
        return label.replace(/\s+/g, ' ').trim();
    }

    /** What to keep of a control, or null when there is nothing to keep (as the page gave it, unless keepAll). */
    function keptOf(field, keepAll) {
        var kind = kindOf(field);
        if (kind === 'text') {
            return (keepAll || field.value !== field.defaultValue) && field.value.trim() !== ''
                ? {id: field.id, label: labelOf(field), value: field.value} : null;
        }
        if (kind === 'select') {
            return keepAll || !untouchedSelect(field) ? {id: field.id, kind: kind, label: labelOf(field),
                values: selectedValues(field), value: selectedWords(field)} : null;
        }
        if (kind === 'radio') {
            // The group is kept once, by its checked button, when any of its buttons differs from the page's.
            var group = radioGroup(field);
            var changed = group.some(function (radio) {
                return radio.checked !== radio.defaultChecked;
            });
            return field.checked && !field.disabled && (keepAll || changed) ? {id: field.id, kind: kind,
                name: field.name, label: labelOf(field), values: [field.value], value: ownLabel(field)} : null;
        }
        if (kind === 'checkbox') {
            return keepAll || field.checked !== field.defaultChecked ? {id: field.id, kind: kind,
                label: labelOf(field) || ownLabel(field), checked: field.checked, value: ownLabel(field)
                    + (field.checked ? ' ✓' : ' ✗')} : null;
        }
        return null;
    }

    function labelOf(field) {
        var label = field.labels && field.labels.length ? field.labels[0].textContent : '';
        var group = field.closest ? field.closest('fieldset') : null;
        var legend = group && group.querySelector('legend') ? group.querySelector('legend').textContent : '';
        label = label.replace(/\s+/g, ' ').trim();
        legend = legend.replace(/\s+/g, ' ').trim();
        return legend && label ? legend + ' — ' + label : legend || label;
    }

    function read(store, key) {
        try {
            return JSON.parse(store.getItem(key));
        } catch (e) {
            return null;
        }
    }

    function forgetAll(store) {
        for (var i = store.length - 1; i >= 0; i--) {
            if (store.key(i).indexOf(PREFIX) === 0) {
                store.removeItem(store.key(i));
            }
        }
    }

    /** The opaque mark of the account this page was made for ('' when signed out). */
    function owner() {
        var notice = document.getElementById('kept-typing');
        return notice ? notice.getAttribute('data-kept-owner') || '' : '';
    }

    function keep(event) {
        var form = event.target;
        var store = storage();
        if (form && form.hasAttribute && form.hasAttribute('data-sent-once')) {
            form.setAttribute('data-sent', 'true');
        }
        if (store && form && form.id === 'sign-out') {
            // Signing out on purpose: nothing kept stays behind in this tab for whoever signs in next.
            forgetAll(store);
            return;
        }
        if (!store || !form || form.tagName !== 'FORM' || (form.getAttribute('method') || 'get').toLowerCase() !== 'post') {
            return;
        }
        if (form.querySelector('input[type=password]')) {
            forgetSent(store, form);
            return;
        }
        var fields = [];
        var copies = form.getAttribute('data-kept-copies');
        var source = copies ? document.getElementById(copies) : null;
        // A form that holds unsaved text from an earlier send (data-kept-all: the plan after "Add item", "Move up"…)
        // keeps every text box and choice, not only those changed since the page came: they live in the session too.
        // So does the form whose answers a form of hidden copies sends.
        var keepAll = form.getAttribute('data-kept-all') === 'true' || source !== null;
        Array.prototype.forEach.call((source || form).elements, function (field) {
            var kept = keptOf(field, keepAll);
            if (kept) {
                fields.push(kept);
            }
        });
        // Kept under the address the form's answer leads back to: its action (a JSF form posts to its own page), or
        // this page when the form says so (data-kept-at="."), as a plain form posting to an endpoint does, whose
        // sign-in leads back to the page it was on ("Add to a collection").
        var key = PREFIX + (form.getAttribute('data-kept-at') === '.'
            ? here()
            : pageKey(form.getAttribute('action') || (window.location.pathname + window.location.search)));
        keepAside(store, form, key, source);
        try {
            if (fields.length) {
                store.setItem(key, JSON.stringify({state: 'sent', at: Date.now(), owner: owner(), fields: fields,
                    copies: source ? copies : null}));
            } else {
                store.removeItem(key);
            }
        } catch (e) {
            // A full or refused storage keeps nothing; the form is sent as always.
        }
    }

    /**
     * A form asking for a password is never kept when sent; but text of its boxes put back after the language switch
     * is now sent, and must not come back over the answer (a refused sign-up shows what was sent, which may be newer
     * than what was put back). The page's other forms' text stays kept.
     */
    function forgetSent(store, form) {
        var key = PREFIX + pageKey(form.getAttribute('action') || (window.location.pathname + window.location.search));
        var draft = read(store, key);
        if (!draft || !draft.fields) {
            return;
        }
        var others = draft.fields.filter(function (kept) {
            var field = document.getElementById(kept.id);
            return !field || field.form !== form;
        });
        try {
            if (others.length) {
                draft.fields = others;
                store.setItem(key, JSON.stringify(draft));
            } else {
                store.removeItem(key);
            }
        } catch (e) {
            // A refused storage: nothing changes.
        }
    }

    /**
     * The forms whose text the language switch keeps: those that post, nor the sign-out button's. A form asking for a
     * password is one of them (the name and email typed on sign-up were lost at the switch: user session us53); its
     * password boxes are not (never kept, see kindOf).
     */
    function keptForms() {
        return Array.prototype.filter.call(document.querySelectorAll('form'), function (form) {
            return (form.getAttribute('method') || 'get').toLowerCase() === 'post' && form.id !== 'sign-out';
        });
    }

    /**
     * The language switch pressed (in this tab): what was typed or chosen since the page came, in any of its forms, is
     * kept for the same page in the other language (its key ignores lang=). The root then names the ids kept.
     */
    function keepForSwitch(event) {
        var link = event.target && event.target.closest ? event.target.closest('a.language-switch') : null;
        var store = storage();
        if (!link || !store || event.defaultPrevented || event.button !== 0 || event.ctrlKey || event.metaKey
                || event.shiftKey || event.altKey) {
            return;
        }
        var fields = [];
        keptForms().forEach(function (form) {
            Array.prototype.forEach.call(form.elements, function (field) {
                var kept = keptOf(field, false);
                if (kept) {
                    fields.push(kept);
                }
            });
        });
        var key = PREFIX + here();
        try {
            if (fields.length) {
                store.setItem(key, JSON.stringify({state: 'switched', at: Date.now(), owner: owner(), fields: fields}));
            }
            document.documentElement.setAttribute('data-typing-kept', fields.map(function (kept) {
                return kept.id;
            }).join(' '));
        } catch (e) {
            // A full or refused storage keeps nothing: js/unsaved-warning.js asks before leaving, as for any link.
        }
    }

    /** What was typed in the page's other forms (never one asking for a password), kept for the answer. */
    function keepAside(store, sent, key, source) {
        var fields = [];
        Array.prototype.forEach.call(document.querySelectorAll('form'), function (other) {
            if (other === sent || other === source || (other.getAttribute('method') || 'get').toLowerCase() !== 'post'
                    || other.querySelector('input[type=password]')) {
                return;
            }
            Array.prototype.forEach.call(other.elements, function (field) {
                var kept = keptOf(field, false);
                if (kept) {
                    fields.push(kept);
                }
            });
        });
        var asideKey = ASIDE + key.substring(PREFIX.length);
        try {
            if (fields.length) {
                store.setItem(asideKey, JSON.stringify({state: 'aside', at: Date.now(), owner: owner(),
                    pages: [key.substring(PREFIX.length), here()], fields: fields}));
            } else {
                store.removeItem(asideKey);
            }
        } catch (e) {
            // A full or refused storage keeps nothing aside; the form is sent as always.
        }
    }

    /** Puts back what was typed in the page's other forms; the notice names the boxes and says it is not sent yet. */
    function putBackAside(store, key, notice) {
        var draft = read(store, key);
        if (!draft || !draft.fields || Date.now() - draft.at > KEPT_FOR_HOURS * 3600 * 1000) {
            store.removeItem(key);
            return;
        }
        if (!draft.pages || draft.pages.indexOf(here()) < 0) {
            if (!notice.getAttribute('data-kept-for')) {
                // The reader moved on to another page: nothing to put back. (The sign-in page keeps it for after.)
                store.removeItem(key);
            }
            return;
        }
        store.removeItem(key);
        if ((draft.owner || '') !== owner()) {
            // Typed by someone else signed in on this tab before: never put into this person's form.
            return;
        }
        var result = putBack(draft);
        var back = draft.fields.filter(function (kept) {
            return result.left.indexOf(kept) < 0 && result.choices.indexOf(kept) < 0;
        });
        if (!back.length && !result.left.length && !result.choices.length) {
            return;
        }
        // Only the boxes the reader typed in are named, by their labels: a hidden box the page fills itself (the
        // version the text was typed on, js/typed-on.js) goes back unnamed ("edit:typed-on" was named: user session
        // us55).
        var labels = back.filter(function (kept) {
            return !unnamed(document.getElementById(kept.id));
        }).map(function (kept) {
            return notice.getAttribute('data-aside-quote').replace('{0}', kept.label || kept.id);
        }).filter(function (label, i, all) {
            return all.indexOf(label) === i;
        });
        if (!labels.length && !result.left.length && !result.choices.length) {
            return;
        }
        if (labels.length) {
            var line = document.createElement('p');
            line.className = 'kept-typing__aside';
            line.textContent = notice.getAttribute('data-aside').replace('{0}', labels.join(', '));
            notice.appendChild(line);
        }
        notice.className = 'kept-typing message message--info';
        if (result.left.length) {
            showToCopy(notice, result.left, 'data-copy');
        }
        if (result.choices.length) {
            showToCopy(notice, result.choices, 'data-choices');
        }
    }

    /** Whether a box is the page's own (hidden, or marked data-typed-on), not one the reader sees and types in. */
    function unnamed(field) {
        return !!field && (field.hidden || field.hasAttribute('data-typed-on') || field.getAttribute('type') === 'hidden');
    }

    function say(notice, text) {
        notice.textContent = '';
        var line = document.createElement('p');
        line.textContent = text;
        notice.appendChild(line);
        notice.className = 'kept-typing message message--info';
    }

    function showToCopy(notice, fields, introKey) {
        var intro = document.createElement('p');
        intro.textContent = notice.getAttribute(introKey);
        notice.appendChild(intro);
        fields.forEach(function (kept) {
            var i = notice.querySelectorAll('textarea').length;
            var id = 'kept-typing-copy-' + i;
            var label = document.createElement('label');
            label.setAttribute('for', id);
            label.textContent = kept.label || kept.id;
            var box = document.createElement('textarea');
            box.id = id;
            box.readOnly = true;
            box.rows = 3;
            box.value = kept.value;
            notice.appendChild(label);
            notice.appendChild(box);
        });
    }

    /** Puts a kept choice back; returns whether it is back (false: the control or the option is gone, or changed since). */
    function putBackChoice(kept, field) {
        var kind = kept.kind;
        if (kind === 'radio') {
            var group = radioGroup(field);
            var chosen = group.filter(function (radio) {
                return radio.value === kept.values[0] && !radio.disabled;
            })[0];
            if (!chosen) {
                return false;
            }
            if (chosen.checked) {
                return true;
            }
            if (group.some(function (radio) {
                return radio.checked !== radio.defaultChecked;
            })) {
                return false;
            }
            chosen.checked = true;
            chosen.dispatchEvent(new Event('change', {bubbles: true}));
            return true;
        }
        if (kind === 'checkbox') {
            if (field.checked === kept.checked) {
                return true;
            }
            if (field.checked !== field.defaultChecked) {
                return false;
            }
            field.checked = kept.checked;
            field.dispatchEvent(new Event('change', {bubbles: true}));
            return true;
        }
        var options = Array.prototype.slice.call(field.options);
        var offered = kept.values.every(function (value) {
            return options.some(function (option) {
                return option.value === value && !option.disabled;
            });
        });
        if (!offered || (!field.multiple && kept.values.length !== 1)) {
            return false;
        }
        if (selectedValues(field).join('\u0000') === kept.values.join('\u0000')) {
            return true;
        }
        if (!untouchedSelect(field)) {
            return false;
        }
        options.forEach(function (option) {
            option.selected = kept.values.indexOf(option.value) >= 0;
        });
        field.dispatchEvent(new Event('change', {bubbles: true}));
        return true;
    }

    function putBack(draft) {
        var left = [];
        var choices = [];
        var restored = 0;
        draft.fields.forEach(function (kept) {
            var field = document.getElementById(kept.id);
            if (kept.kind === 'radio' && (!field || kindOf(field) !== 'radio')) {
                // The checked button's id may differ (its option moved): find the group by its name.
                field = Array.prototype.filter.call(document.querySelectorAll('input[type=radio]'), function (radio) {
                    return radio.name === kept.name;
                })[0] || null;
            }
            if (kept.kind) {
                if (field && kindOf(field) === kept.kind && putBackChoice(kept, field)) {
                    restored++;
                } else {
                    choices.push(kept);
                }
            } else if (!field || !isTextBox(field)) {
                left.push(kept);
            } else if (field.value === kept.value) {
                restored++;
            } else if (field.value === field.defaultValue) {
                field.value = kept.value;
                field.dispatchEvent(new Event('input', {bubbles: true}));
                restored++;
            } else {
                // Typed into since the page came: left as it is, and the kept text shown to copy.
                left.push(kept);
            }
        });
        return {restored: restored, left: left, choices: choices};
    }

    /** How many rows the form has: the distinct numbers after its rows' id prefix. */
    function rowCount(form, prefix) {
        var seen = {};
        Array.prototype.forEach.call(form.querySelectorAll('[id^="' + prefix + '"]'), function (element) {
            var index = /^(\d+):/.exec(element.id.substring(prefix.length));
            if (index) {
                seen[index[1]] = true;
            }
        });
        return Object.keys(seen).length;
    }

    /**
     * Kept text for rows the form lacks (added before the session ended): asks the page again for the rows missing,
     * once (not when the address already asked). Returns whether the page is being asked again.
     */
    function askForRows(draft) {
        var form = document.querySelector('form[data-kept-rows]');
        if (!form) {
            return false;
        }
        var prefix = form.getAttribute('data-kept-rows');
        var highest = -1;
        draft.fields.forEach(function (kept) {
            if (kept.id.indexOf(prefix) === 0 && !document.getElementById(kept.id)) {
                var index = /^(\d+):/.exec(kept.id.substring(prefix.length));
                if (index) {
                    highest = Math.max(highest, parseInt(index[1], 10));
                }
            }
        });
        var missing = highest + 1 - rowCount(form, prefix);
        var query = window.location.search.replace(/^\?/, '');
        var asked = query.split('&').some(function (pair) {
            return pair.indexOf(ROWS_PARAM + '=') === 0;
        });
        if (missing <= 0 || asked) {
            return false;
        }
        window.location.replace(window.location.pathname + '?' + (query ? query + '&' : '') + ROWS_PARAM + '='
            + missing + window.location.hash);
        return true;
    }

    /** Once the rows are made, the address (and the forms' actions) no longer ask for them: a reload does not. */
    function forgetRowsAsked() {
        var pattern = new RegExp('([?&])' + ROWS_PARAM + '=\\d+(&?)');
        function without(address) {
            return address.replace(pattern, function (all, before, after) {
                return after ? before : '';
            });
        }
        if (pattern.test(window.location.search)) {
            window.history.replaceState(window.history.state, '', without(window.location.pathname
                + window.location.search) + window.location.hash);
        }
        Array.prototype.forEach.call(document.querySelectorAll('form[action]'), function (form) {
            var action = form.getAttribute('action');
            if (pattern.test(action)) {
                form.setAttribute('action', without(action));
            }
        });
    }

    /** Hides the forms holding copies of a form's answers: they would send the page's, not those put back. */
    function hideCopiesOf(id) {
        Array.prototype.forEach.call(document.querySelectorAll('form[data-kept-copies]'), function (form) {
            if (form.getAttribute('data-kept-copies') === id) {
                form.hidden = true;
            }
        });
    }

    function start() {
        var store = storage();
        var notice = document.getElementById('kept-typing');
        if (!store || !notice) {
            return;
        }
        var keptFor = notice.getAttribute('data-kept-for');
        var target = keptFor ? (keptFor === '.' ? here() : pageKey(keptFor)) : null;
        var now = Date.now();
        var keys = [];
        var asides = [];
        for (var i = 0; i < store.length; i++) {
            if (store.key(i).indexOf(ASIDE) === 0) {
                asides.push(store.key(i));
            } else if (store.key(i).indexOf(PREFIX) === 0) {
                keys.push(store.key(i));
            }
        }
        keys.forEach(function (key) {
            var page = key.substring(PREFIX.length);
            var draft = read(store, key);
            if (!draft || !draft.fields || now - draft.at > KEPT_FOR_HOURS * 3600 * 1000) {
                store.removeItem(key);
            } else if (target !== null && page === target) {
                // The form's answer is the sign-in (or "expired") page: its text is kept for after.
                draft.state = 'kept';
                store.setItem(key, JSON.stringify(draft));
                say(notice, notice.getAttribute('data-kept'));
                // One message: "Sign in to see this page" goes (taken out, not only hidden: a reader's tools and
                // a copy of the page said both, user session us48).
                var why = document.querySelector('.sign-in-why');
                if (why && why.parentNode) {
                    why.parentNode.removeChild(why);
                }
            } else if (page === here() && (draft.state === 'kept' || draft.state === 'restored')
                    && draft.owner && draft.owner !== owner()
                    || page === here() && draft.state === 'switched' && (draft.owner || '') !== owner()) {
                // Typed by someone else, who was signed in on this tab before: never put into this person's form.
                store.removeItem(key);
            } else if (page === here() && (draft.state === 'kept' || draft.state === 'restored'
                    || draft.state === 'switched')) {
                if (askForRows(draft)) {
                    return;
                }
                forgetRowsAsked();
                var result = putBack(draft);
                if (draft.copies && result.restored) {
                    hideCopiesOf(draft.copies);
                }
                if (result.restored) {
                    // A notice saying the form shows what is saved is no longer true once kept text is put back.
                    Array.prototype.forEach.call(document.querySelectorAll('[data-describes-saved]'), function (said) {
                        said.hidden = true;
                    });
                }
                if (result.restored || result.left.length || result.choices.length) {
                    // Nothing went back (the page has no such form, e.g. it needs a role the account lost): say it
                    // was not saved and show all of it to copy, not "check it and save again".
                    var nowhere = !result.restored && notice.hasAttribute('data-not-here');
                    say(notice, notice.getAttribute(draft.state === 'switched'
                        ? 'data-switched'
                        : nowhere ? 'data-not-here' : 'data-restored'));
                    if (result.left.length) {
                        showToCopy(notice, result.left, nowhere ? 'data-copy-all' : 'data-copy');
                    }
                    if (result.choices.length) {
                        showToCopy(notice, result.choices, 'data-choices');
                    }
                    if (draft.state === 'kept') {
                        // Back from signing in: the keyboard starts at the notice, just above the form.
                        notice.focus();
                    }
                }
                // Kept while the reader stays on the page (a reload puts it back again); sending the form replaces it.
                draft.state = 'restored';
                store.setItem(key, JSON.stringify(draft));
            } else if (draft.state === 'sent' || draft.state === 'restored' || draft.state === 'switched') {
                // The form reached the server (saved, or sent back with what to fix), or the reader moved on.
                store.removeItem(key);
            }
        });
        asides.forEach(function (key) {
            putBackAside(store, key, notice);
        });
    }

    document.addEventListener('submit', keep, true);
    document.addEventListener('click', keepForSwitch, true);
    // Leaving a page whose kept text was put back, without sending it or switching language: on a page that asks
    // before leaving with something not saved (js/unsaved-warning.js), the reader was asked and chose to leave, so the
    // text goes. Kept, it came back at every reload or new opening of the page, and a later Save recorded changes the
    // reader had given up without a word (user session us47b: a plan's status and reason saved a version later).
    // A form sent from the page (whichever) leaves it without that question: what it held stays as keep() left it.
    var sending = false;
    document.addEventListener('submit', function (event) {
        sending = true;
        setTimeout(function () {
            if (event.defaultPrevented) {
                sending = false;
            }
        }, 0);
    }, true);
    window.addEventListener('pagehide', function () {
        var store = storage();
        if (sending || !store || !document.querySelector('form[data-warn-unsaved]')) {
            return;
        }
        var key = PREFIX + here();
        var draft = read(store, key);
        if (draft && draft.state === 'restored') {
            store.removeItem(key);
        }
    });
    // Back to this page as it was left (the browser kept it): nothing is on its way to the other language.
    // A form marked data-sent-once ("Add to a collection") is done with what it held once sent: Back showed it still
    // filled, Add again sent it twice, and another form's Add then said that text was not sent. Shown again from the
    // browser's memory, it holds the page's values again; its autocomplete="off" keeps the browser from filling it
    // again when Back asks the page anew.
    window.addEventListener('pageshow', function (event) {
        sending = false;
        document.documentElement.removeAttribute('data-typing-kept');
        if (event.persisted) {
            Array.prototype.forEach.call(document.querySelectorAll('form[data-sent-once][data-sent]'), function (form) {
                form.removeAttribute('data-sent');
                form.reset();
            });
        }
    });
    // A page's background request (the editor's preview as one types) is answered "go and sign in" when the session
    // ended: what its form holds is kept as for a form sent, and dropped as usual by any other page after.
    if (window.jQuery) {
        window.jQuery(document).on('pfAjaxSend', function (event, xhr) {
            var source = xhr && xhr.pfSettings && xhr.pfSettings.source;
            var element = typeof source === 'string' ? document.getElementById(source) : source;
            var form = (element && element.form) || (document.activeElement && document.activeElement.form);
            if (form) {
                keep({target: form});
            }
        });
    }
    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', start);
    } else {
        start();
    }
}());
