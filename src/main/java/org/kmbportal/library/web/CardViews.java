package org.kmbportal.library.web;

import org.kmbportal.web.Links;

import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import org.kmbportal.web.MarkdownRenderer;
import org.kmbportal.library.CitationStyle;
import org.kmbportal.library.ResourceCard;
import org.kmbportal.web.LocaleBean;
import org.kmbportal.web.Messages;

/** Turns resource cards into what list pages show, in the reader's language. */
@RequestScoped
public class CardViews {

    private static final int TEASER_LENGTH = 240;

    @Inject
    Links links;

    @Inject
    TermsBean terms;

    @Inject
    Messages messages;

    @Inject
    LocaleBean locale;

    public List<CardView> of(List<ResourceCard> cards) {
        return cards.stream().map(this::of).toList();
    }

    /** Listed resources, each pointing to its version in the other language when there is one. */
    public List<CardView> listed(List<org.kmbportal.library.LibraryService.Listed> listed) {
        return listed.stream().map(l -> l.alsoIn().map(other -> of(l.card()).alsoIn(links.resource(other.id()),
                other.language())).orElseGet(() -> of(l.card()))).toList();
    }

    public CardView of(ResourceCard card) {
        String byline = "";
        if (!card.authors().isEmpty()) {
            byline = CitationStyle.authors(card.authors().size() > 3
                    ? List.of(card.authors().get(0), "et al.")
                    : card.authors());
        }
        List<TermLink> topics = card.topics().stream()
                .map(t -> new TermLink(terms.label("topics", t), links.term("topics", t))).toList();
        return new CardView(card, links.resource(card.id()), messages.get("type." + card.type().key()), byline,
                MarkdownRenderer.teaser(card.teaser(), TEASER_LENGTH), topics,
                !card.language().equals(locale.getLanguage()));
    }
}
