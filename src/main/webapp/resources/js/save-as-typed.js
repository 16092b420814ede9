/*
 * "For my organization": "Save these answers for my organization" saves the answers as they are in the questionnaire
 * when it is pressed. Its form holds copies of the answers shown with the results (state and challenges): a member who
 * came back to the page, replaced the paragraph and pressed Save had the old one saved, and was told it was saved
 * (user session, prof57). When the form is sent, its copies are made again from the questionnaire: every choice ticked
 * (not "Not sure") and the paragraph as typed. The server checks them as it checks the questionnaire (a paragraph over
 * the limit is refused beside its box, nothing saved).
 */
(function () {
    'use strict';

    var UNSURE = 'unsure';

    function answers(questionnaire) {
        var state = {};
        Array.prototype.forEach.call(questionnaire.querySelectorAll('input[type=radio], input[type=checkbox]'),
            function (choice) {
                if (!choice.checked || !choice.name || !choice.value || choice.value === UNSURE) {
                    return;
                }
                (state[choice.name] = state[choice.name] || []).push(choice.value);
            });
        return state;
    }

    document.addEventListener('submit', function (event) {
        var form = event.target;
        var copies = form && form.getAttribute ? form.getAttribute('data-kept-copies') : null;
        var questionnaire = copies ? document.getElementById(copies) : null;
        if (!questionnaire) {
            return;
        }
        var state = form.querySelector('input[type=hidden][name$=":state"]');
        var challenges = form.querySelector('input[type=hidden][name$=":challenges"]');
        var box = questionnaire.querySelector('textarea[name=challenges]');
        if (state) {
            state.value = JSON.stringify(answers(questionnaire));
        }
        if (challenges && box) {
            challenges.value = box.value;
        }
    }, true);
})();
