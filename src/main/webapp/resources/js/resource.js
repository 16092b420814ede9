// The resource page's side column: copy the citation or the page's address (with a status message a screen reader
// announces), and print. No inline handlers: the Content-Security-Policy allows only the portal's own scripts.
(function () {
    'use strict';

    function announce(button, key) {
        var status = document.getElementById(button.getAttribute('data-status'));
        if (status) {
            // Cleared first, so the same message said twice is announced twice.
            status.textContent = '';
            window.setTimeout(function () { status.textContent = button.getAttribute(key); }, 50);
        }
    }

    function fallbackCopy(text) {
        var area = document.createElement('textarea');
        area.value = text;
        area.setAttribute('readonly', '');
        area.style.position = 'fixed';
        area.style.opacity = '0';
        document.body.appendChild(area);
        area.select();
        var ok = false;
        try {
            ok = document.execCommand('copy');
        } catch (e) {
            ok = false;
        }
        document.body.removeChild(area);
        return ok;
    }

    function copy(button, text) {
        if (navigator.clipboard && window.isSecureContext) {
            navigator.clipboard.writeText(text).then(function () {
                announce(button, 'data-done');
            }, function () {
                announce(button, fallbackCopy(text) ? 'data-done' : 'data-failed');
            });
        } else {
            announce(button, fallbackCopy(text) ? 'data-done' : 'data-failed');
        }
    }

    function init() {
        document.querySelectorAll('[data-copy-from], [data-copy-value]').forEach(function (button) {
            button.addEventListener('click', function () {
                var from = button.getAttribute('data-copy-from');
                var text = from ? document.getElementById(from).textContent.replace(/\s+/g, ' ').trim()
                    : button.getAttribute('data-copy-value');
                copy(button, text);
            });
        });
        var print = document.getElementById('print-page');
        if (print) {
            print.addEventListener('click', function () { window.print(); });
        }
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', init);
    } else {
        init();
    }
}());
