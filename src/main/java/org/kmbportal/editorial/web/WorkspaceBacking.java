package org.kmbportal.editorial.web;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.kmbportal.editorial.EditorialService;
import org.kmbportal.editorial.ReviewService;
import org.kmbportal.editorial.ScheduledPublication;
import org.kmbportal.library.PublicationStatus;
import org.kmbportal.library.Resource;

/** The editors' workspace ({@code editor/index.xhtml}): the library by state, newest changes first, and schedules. */
@Named("workspace")
@RequestScoped
public class WorkspaceBacking {

    /** One resource as the workspace lists it. */
    public record Item(String id, String title, String language, String type, String status, String updated,
            String scheduledAt) {
    }

    /** The resources in one state. */
    public record Group(String status, List<Item> items) {
    }

    @Inject
    EditorialService editorial;

    @Inject
    ReviewService reviews;

    private List<Group> groups;

    public List<Group> getGroups() {
        if (groups == null) {
            Map<String, ScheduledPublication> schedules = reviews.schedules().stream()
                    .collect(Collectors.toMap(ScheduledPublication::getResourceSlug, Function.identity()));
            List<Resource> all = editorial.workspace();
            groups = java.util.Arrays.stream(PublicationStatus.values())
                    .map(s -> new Group(s.key(), all.stream().filter(r -> r.getStatus() == s)
                            .map(r -> item(r, schedules.get(r.getSlug()))).toList()))
                    .toList();
        }
        return groups;
    }

    private static Item item(Resource r, ScheduledPublication schedule) {
        return new Item(r.getSlug(), r.getTitle(), r.getLanguage(), r.getType().key(), r.getStatus().key(),
                r.getUpdatedAt().toLocalDate().toString(), schedule == null
                        ? ""
                        : schedule.getPublishAt().atZone(java.time.ZoneId.systemDefault()).toLocalDateTime()
                                .toString());
    }
}
