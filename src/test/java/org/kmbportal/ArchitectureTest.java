package org.kmbportal;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaParameterizedType;
import com.tngtech.archunit.core.domain.JavaType;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

/**
 * The shape of the code, checked on every unit-test run.
 *
 * <p>
 * Feature packages ({@code org.kmbportal.<feature>..}, with their {@code web} pages and {@code api} endpoints) are
 * layered; a feature may use the features listed before it and never one listed after it:
 *
 * <pre>
 * platform      settings, clock, start-up, database, plain text, tokens, AccessDenied
 * web           shared page and API helpers: Messages, FacesMessages, Links, LocaleBean, MarkdownRenderer, ApiException
 * accounts      people, organizations, roles, the Guard, the audit log
 * library       resources, taxonomies, the change log, ids (Slugs)
 * curation      collections, reading lists, link checks (the content format reached through CollectionFormat)
 * content       the content format (Markdown + front matter) of resources and collections, imports
 * search        the Lucene index and what reads it (implements library.RelatedIds, curation.ResourceFinder)
 * editorial     drafts, review, history, archives
 * matching      organization profiles and their matches
 * insights      signals, feedback, gaps, uptake
 * partnerships  mentoring partnerships
 * </pre>
 *
 * Where a lower feature needs something a higher one provides, it declares a small interface that the higher one
 * implements as a CDI bean (for instance {@code curation.CollectionFormat}, implemented in {@code content}).
 */
@AnalyzeClasses(packages = "org.kmbportal", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    /** Bottom first. */
    static final List<String> LAYERS = List.of("platform", "web", "accounts", "library", "curation", "content",
            "search", "editorial", "matching", "insights", "partnerships");

    /** Page helpers of one feature that pages of higher features may use (they depend on their own feature). */
    static final Set<String> SHARED_FEATURE_PAGE_HELPERS = Set.of("org.kmbportal.library.web.TermsBean");

    @ArchTest
    static final ArchRule featurePackagesAreFreeOfCycles = slices().matching("org.kmbportal.(*)..")
            .should().beFreeOfCycles();

    @ArchTest
    static final ArchRule featuresUseOnlyTheLayersBelowThem = classes().that().resideInAPackage("org.kmbportal.*..")
            .should(new ArchCondition<JavaClass>("use only features of the same or a lower layer") {
                @Override
                public void check(JavaClass item, ConditionEvents events) {
                    int own = LAYERS.indexOf(feature(item).orElse(""));
                    for (Dependency d : item.getDirectDependenciesFromSelf()) {
                        Optional<String> target = feature(d.getTargetClass());
                        if (own >= 0 && target.isPresent() && LAYERS.indexOf(target.get()) > own) {
                            events.add(SimpleConditionEvent.violated(d, d.getDescription()));
                        }
                    }
                }
            });

    @ArchTest
    static final ArchRule everyFeatureHasItsLayer = classes().that().resideInAPackage("org.kmbportal.*..")
            .should(new ArchCondition<JavaClass>("belong to a feature listed in LAYERS") {
                @Override
                public void check(JavaClass item, ConditionEvents events) {
                    if (!LAYERS.contains(feature(item).orElse(""))) {
                        events.add(SimpleConditionEvent.violated(item, item.getName() + " is in no known layer"));
                    }
                }
            });

    @ArchTest
    static final ArchRule luceneOnlyInSearch = noClasses().that().resideOutsideOfPackage("org.kmbportal.search..")
            .should().dependOnClassesThat().resideInAPackage("org.apache.lucene..");

    @ArchTest
    static final ArchRule pageBeansNeverTouchTheEntityManager = noClasses().that()
            .resideInAPackage("org.kmbportal..web..").or().areAnnotatedWith(jakarta.inject.Named.class)
            .should().dependOnClassesThat().areAssignableTo(jakarta.persistence.EntityManager.class);

    @ArchTest
    static final ArchRule endpointsNeverTouchTheEntityManager = noClasses().that()
            .resideInAPackage("org.kmbportal..api..")
            .should().dependOnClassesThat().areAssignableTo(jakarta.persistence.EntityManager.class);

    @ArchTest
    static final ArchRule eachFeatureMapsItsOwnExceptions = classes()
            .that().implement(jakarta.ws.rs.ext.ExceptionMapper.class)
            .should(new ArchCondition<JavaClass>("map only exceptions of their own feature, platform or the JDK") {
                @Override
                public void check(JavaClass mapper, ConditionEvents events) {
                    for (JavaType type : mapper.getInterfaces()) {
                        if (type instanceof JavaParameterizedType p
                                && p.toErasure().isEquivalentTo(jakarta.ws.rs.ext.ExceptionMapper.class)) {
                            for (JavaType argument : p.getActualTypeArguments()) {
                                Optional<String> mapped = feature(argument.toErasure());
                                if (mapped.isPresent() && !mapped.get().equals("platform")
                                        && !mapped.equals(feature(mapper))) {
                                    events.add(SimpleConditionEvent.violated(mapper, mapper.getName() + " maps "
                                            + argument.getName() + " of another feature"));
                                }
                            }
                        }
                    }
                }
            });

    @ArchTest
    static final ArchRule pageHelpersOfAFeatureServeOnlyThatFeature = classes()
            .that().resideInAPackage("org.kmbportal.*.web..").and().resideOutsideOfPackage("org.kmbportal.web..")
            .should(new ArchCondition<JavaClass>(
                    "be used only by their own feature (shared helpers go to org.kmbportal.web)") {
                @Override
                public void check(JavaClass helper, ConditionEvents events) {
                    if (SHARED_FEATURE_PAGE_HELPERS.contains(helper.getName())) {
                        return;
                    }
                    for (Dependency d : helper.getDirectDependenciesToSelf()) {
                        if (!feature(d.getOriginClass()).equals(feature(helper))) {
                            events.add(SimpleConditionEvent.violated(d, d.getDescription()));
                        }
                    }
                }
            });

    /** Changes are numbered, and the index woken after commit, in one place: {@code ChangeLog.record}. */
    @ArchTest
    static final ArchRule onlyTheChangeLogRecordsChanges = noClasses().that()
            .doNotBelongToAnyOf(org.kmbportal.library.ChangeLog.class, org.kmbportal.library.ChangeCounter.class)
            .should().dependOnClassesThat()
            .haveFullyQualifiedName("org.kmbportal.library.ChangeCounter").orShould()
            .callConstructor(org.kmbportal.library.LibraryChange.class, long.class, String.class,
                    org.kmbportal.library.LibraryChange.Kind.class);

    /**
     * The index's life cycle (change log follower, generations, rebuild, health) is reached from outside its package
     * only through {@code search.IndexConsistency}, so the consistency story reads in one place.
     */
    @ArchTest
    static final ArchRule onlyIndexConsistencyLeadsIntoTheIndexLifeCycle = noClasses().that()
            .resideOutsideOfPackage("org.kmbportal.search")
            .should().dependOnClassesThat().haveFullyQualifiedName("org.kmbportal.search.IndexFollower")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("org.kmbportal.search.IndexGeneration")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("org.kmbportal.search.IndexRebuild")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("org.kmbportal.search.IndexTasks")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("org.kmbportal.search.IndexHealth")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("org.kmbportal.search.IndexStatusReport")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("org.kmbportal.search.SearchIndex");

    /**
     * Components get their settings injected ({@code @Inject PortalSettings}); the static accessor is left to the
     * producer and to code the container does not build or that has no instance to inject into: the data source the
     * server instantiates, and static helpers called from many places (the client's address, the request body limits
     * shared with an interceptor, the search ranking's and the sentence encoder's switches).
     */
    static final List<String> STATIC_SETTINGS_READERS = List.of("org.kmbportal.platform.PortalSettings",
            "org.kmbportal.platform.PortalSettingsProducer", "org.kmbportal.platform.PortalDataSource",
            "org.kmbportal.web.ClientAddress", "org.kmbportal.web.BodyLimitFilter",
            "org.kmbportal.search.HybridRanking",
            "org.kmbportal.search.SentenceEncoder");

    @ArchTest
    static final ArchRule settingsAreInjected = noClasses().that()
            .haveNameNotMatching("(" + String.join("|", STATIC_SETTINGS_READERS).replace(".", "\\.") + ")(\\$.*)?")
            .should().callMethod(org.kmbportal.platform.PortalSettings.class, "current");

    /**
     * A page served at an address of its own ({@code /resources/<id>}) is a servlet, not a filter that forwards:
     * annotated filters run in no fixed order, and a forwarding one skipped those after it (the session check: a
     * reader whose roles changed still looked signed in on the first resource page). Filters forward only to answer
     * with an error page.
     */
    @ArchTest
    static final ArchRule filtersForwardOnlyToErrorPages = noClasses().that()
            .implement(jakarta.servlet.Filter.class).and()
            .haveNameNotMatching("org\\.kmbportal\\.web\\.(BodyLimitFilter|ErrorPageFilter)(\\$.*)?")
            .should().callMethod(jakarta.servlet.RequestDispatcher.class, "forward",
                    jakarta.servlet.ServletRequest.class,
                    jakarta.servlet.ServletResponse.class);

    /** The feature of a class: the package right under org.kmbportal. */
    static Optional<String> feature(JavaClass type) {
        String name = type.getPackageName();
        if (!name.startsWith("org.kmbportal.")) {
            return Optional.empty();
        }
        String rest = name.substring("org.kmbportal.".length());
        int dot = rest.indexOf('.');
        return Optional.of(dot < 0 ? rest : rest.substring(0, dot));
    }
}
