package org.kmbportal.insights.web;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.kmbportal.accounts.Guard;
import org.kmbportal.web.FacesMessages;
import org.kmbportal.insights.Uptake;
import org.kmbportal.insights.UptakeService;
import org.kmbportal.library.LibraryService;
import org.kmbportal.library.PublicationStatus;

/**
 * "What we used" ({@code account/used.xhtml}): the organization's own records of resources it put into practice,
 * who recorded each, whether editors may see who, and removing one. Signed-in people outside an organization are
 * told they have none.
 */
@Named("usedPage")
@RequestScoped
public class UsedBacking {

    /**
     * A record as the page shows it; {@code inLibrary} false once the editors took the resource out of the library
     * (archived): the page then names it without a link, which would answer 404.
     */
    public record Row(long id, String resource, String title, String usedOn, String line, String recordedBy,
            boolean shared, boolean inLibrary) {
    }

    @Inject
    UptakeService uptake;

    @Inject
    LibraryService library;

    @Inject
    Guard guard;

    @Inject
    FacesMessages messages;

    private List<Row> rows;

    public boolean isMember() {
        return guard.caller().map(c -> c.organizationId() != null).orElse(false);
    }

    public List<Row> getRows() {
        if (rows == null) {
            List<Uptake> ours = isMember() ? uptake.ours() : List.of();
            Map<String, String> titles = new HashMap<>();
            Set<String> published = new HashSet<>();
            library.find(ours.stream().map(Uptake::getResourceSlug).distinct().toList()).forEach(r -> {
                titles.put(r.getSlug(), r.getTitle());
                if (r.getStatus() == PublicationStatus.PUBLISHED) {
                    published.add(r.getSlug());
                }
            });
            rows = ours.stream().map(u -> new Row(u.getId(), u.getResourceSlug(),
                    titles.getOrDefault(u.getResourceSlug(), u.getResourceSlug()), u.getUsedOn().toString(),
                    u.getLine(), u.getAccount() == null ? "" : u.getAccount().getDisplayName(), u.isShareIdentity(),
                    published.contains(u.getResourceSlug())))
                    .toList();
        }
        return rows;
    }

    /** Removes the record named by the button's {@code uptake} parameter. */
    public void remove() {
        String id = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("uptake");
        try {
            if (id != null && uptake.remove(Long.parseLong(id))) {
                messages.info("uptake.removed");
            } else {
                messages.error("uptake.notFound");
            }
        } catch (NumberFormatException e) {
            messages.error("uptake.notFound");
        }
        rows = null;
    }
}
