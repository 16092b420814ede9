package org.kmbportal.curation.web;

import org.kmbportal.curation.CollectionFormat;

import java.io.IOException;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.kmbportal.accounts.Organization;
import org.kmbportal.web.FacesMessages;
import org.kmbportal.curation.Collection;
import org.kmbportal.curation.CollectionAdding;
import org.kmbportal.curation.CollectionChecks;
import org.kmbportal.curation.CollectionDraft;
import org.kmbportal.curation.CollectionException;
import org.kmbportal.curation.CollectionService;
import org.kmbportal.curation.Follows;
import org.kmbportal.curation.ReadingList;
import org.kmbportal.curation.SupportedOrganizations;
import org.kmbportal.curation.Viewer;
import org.kmbportal.curation.Visibility;
import org.kmbportal.library.SaveOutcome;
import org.kmbportal.library.TaxonomyService;
import org.kmbportal.web.Links;
import org.kmbportal.web.LocaleBean;

/**
 * "My collections" ({@code curate/index.xhtml}): the collections a signed-in reader follows, with what changed since
 * their last visit; for curators, the collections they curate, a new one, and importing a collection file; for
 * mentors, the organizations they support.
 */
@Named("myCollections")
@RequestScoped
public class MyCollectionsBacking {

    @Inject
    CollectionService collections;

    @Inject
    Follows follows;

    @Inject
    SupportedOrganizations supported;

    @Inject
    CollectionFormat format;

    @Inject
    FacesMessages messages;

    @Inject
    Links links;

    @Inject
    LocaleBean locale;

    @Inject
    ReadingList readingList;

    private Viewer viewer;
    private final java.util.Map<String, ReadingList.Counts> counts = new java.util.HashMap<>();
    private List<Follows.Followed> followed;
    private List<Collection> curated;
    private String newTitle = "";
    private String joinCode = "";
    private String importText = "";

    private Viewer viewer() {
        if (viewer == null) {
            viewer = collections.viewer();
        }
        return viewer;
    }

    public boolean isCurator() {
        return viewer().curator();
    }

    public boolean isMentor() {
        return viewer().mentor();
    }

    public boolean isLinkReader() {
        return viewer().curator() || viewer().admin();
    }

    public List<Follows.Followed> getFollowed() {
        if (followed == null) {
            followed = follows.mine();
        }
        return followed;
    }

    /**
     * A curated collection's items as its readers count them, and the library items they no longer see (archived by
     * the editors): the list said 4 where the collection's page showed 3.
     */
    public ReadingList.Counts counts(Collection collection) {
        return counts.computeIfAbsent(collection.getSlug(), slug -> readingList.counts(collection.toContent()));
    }

    public List<Collection> getCurated() {
        if (curated == null) {
            curated = collections.curatedByCaller();
        }
        return curated;
    }

    public List<Organization> getSupported() {
        return isMentor() ? supported.mine() : List.of();
    }

    public void create() throws IOException {
        try {
            Collection created = collections.create(new CollectionDraft(newTitle, "", "", locale.getLanguage(),
                    Visibility.PRIVATE,
                    Set.of(), List.of()), null);
            redirectToEdit(created.getSlug());
        } catch (CollectionException e) {
            SaveFeedback.refused(messages, e, locale, "create:title");
        }
    }

    public void addOrganization() {
        try {
            List<Long> before = supported.mine().stream().map(Organization::getId).toList();
            Organization organization = supported.addByJoinCode(joinCode);
            joinCode = "";
            // Added again, nothing changes, and the mentor is told so rather than thanked for something new.
            messages.info(before.contains(organization.getId()) ? "curation.supportAlready" : "curation.supportAdded",
                    organization.getName());
        } catch (CollectionException e) {
            messages.error("curation.unknownCode");
        }
    }

    public void importFile() throws IOException {
        // no file name: the reader pasted text, and the problems name its lines ("line 3: …")
        CollectionFormat.Reading read = format.read("", importText == null ? "" : importText);
        List<String> errors = read.errorsIn().apply(locale.getLanguage());
        if (!errors.isEmpty() || read.collection().isEmpty()) {
            messages.error("curation.importInvalid");
            errors.forEach(p -> messages.error("curation.problem", p));
            return;
        }
        try {
            SaveOutcome outcome = collections.importFile(read.collection().get());
            messages.info("curation.imported." + outcome.name().toLowerCase(java.util.Locale.ROOT));
            importText = "";
            curated = null; // read again: the page lists the imported collection at once
        } catch (CollectionAdding.SameTitle e) {
            SaveFeedback.refused(messages, e, locale, "import:text");
        } catch (CollectionException e) {
            messages.error("curation.notSaved");
            e.detailsIn(locale.getLanguage()).forEach(d -> messages.error("curation.problem", d));
            if (e.messageKey().equals("curation.titleTooLong")) {
                messages.error("curation.titleTooLong", CollectionChecks.TITLE_MAX);
            } else if (e.messageKey().equals("curation.idTaken")) {
                messages.error("curation.idTaken");
            } else if (e.details().isEmpty()) {
                messages.error("curation.problem", e.getMessage());
            }
        }
    }

    private void redirectToEdit(String id) throws IOException {
        FacesContext.getCurrentInstance().getExternalContext().redirect(links.home() + "curate/edit?id=" + id);
    }

    public String getNewTitle() {
        return newTitle;
    }

    public void setNewTitle(String newTitle) {
        this.newTitle = newTitle;
    }

    public String getJoinCode() {
        return joinCode;
    }

    public void setJoinCode(String joinCode) {
        this.joinCode = joinCode;
    }

    public String getImportText() {
        return importText;
    }

    public void setImportText(String importText) {
        this.importText = importText;
    }
}
