package org.kmbportal;

import java.io.IOException;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.extension.ExtendWith;
import org.kmbportal.accounts.AccountDeletionInServer;
import org.kmbportal.accounts.AccountsInServer;
import org.kmbportal.content.ContentImporter;
import org.kmbportal.curation.CollectionService;
import org.kmbportal.curation.CurationInServer;
import org.kmbportal.curation.links.LinkChecks;
import org.kmbportal.insights.FeedbackService;
import org.kmbportal.insights.InsightsInServer;
import org.kmbportal.insights.PendingSignals;
import org.kmbportal.insights.SearchSignals;
import org.kmbportal.insights.SignalRetention;
import org.kmbportal.library.LibraryInServer;
import org.kmbportal.library.LibraryService;
import org.kmbportal.partnerships.CheckInCorrectionsInServer;
import org.kmbportal.partnerships.Nudges;
import org.kmbportal.partnerships.PartnershipsInServer;
import org.kmbportal.platform.PortalClock;
import org.kmbportal.search.IndexConsistency;
import org.kmbportal.search.LibraryReader;
import org.kmbportal.search.MeaningStore;
import org.kmbportal.search.MeaningVectors;
import org.kmbportal.search.SearchInServer;
import org.kmbportal.search.SearchService;
import org.kmbportal.testing.Deployments;
import org.kmbportal.testing.People;
import org.kmbportal.testing.Visitor;

/**
 * Every test that needs the inside of the server, in one deployment of the real WAR (one Payara Micro per database
 * rather than one per feature): tests that inject services or move the portal's clock, and the client-side steps of
 * the stories they belong to (the partnerships' email goes to this server's mail server). The tests themselves live
 * in their features' packages ({@code *InServer}); the HTTP-level tests run against the shared portal
 * ({@link org.kmbportal.testing.RunningPortal}).
 */
@ExtendWith(ArquillianExtension.class)
@EnabledIf("org.kmbportal.testing.TestDatabase#available")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class InServerIT {

    @Inject
    ContentImporter importer;

    @Inject
    LibraryService library;

    @Inject
    SearchService search;

    @Inject
    IndexConsistency index;

    @Inject
    MeaningVectors meanings;

    @Inject
    MeaningStore meaningStore;

    @Inject
    LibraryReader reader;

    @Inject
    CollectionService collections;

    @Inject
    LinkChecks linkChecks;

    @Inject
    PortalClock clock;

    @Inject
    Nudges nudges;

    @Inject
    SearchSignals signals;

    @Inject
    PendingSignals pendingSignals;

    @Inject
    SignalRetention retention;

    @Inject
    FeedbackService feedback;

    @Inject
    EntityManager em;

    @Deployment
    static WebArchive deployment() {
        // Some tests sign people up from inside the server: the visitor's HTML parser goes with them.
        return Deployments.portal(InServerIT.class, LibraryInServer.class, SearchInServer.class,
                CurationInServer.class, PartnershipsInServer.class, InsightsInServer.class, AccountsInServer.class,
                AccountDeletionInServer.class, CheckInCorrectionsInServer.class,
                Visitor.class,
                People.class).addClass("org.kmbportal.partnerships.PartnershipScene")
                .addClass("org.kmbportal.partnerships.OddText").addClass("org.kmbportal.insights.InsightsFixture")
                .addPackages(true, "org.jsoup");
    }

    @AfterAll
    static void stopMail() {
        PartnershipsInServer.stopMail();
    }

    private LibraryInServer library() {
        return new LibraryInServer(importer, library);
    }

    private SearchInServer search() {
        return new SearchInServer(library, search, index, meanings, meaningStore, reader);
    }

    private CurationInServer curation() {
        return new CurationInServer(collections, linkChecks);
    }

    private PartnershipsInServer partnerships() {
        return new PartnershipsInServer(clock, nudges);
    }

    private AccountsInServer accounts() {
        return new AccountsInServer(clock);
    }

    private InsightsInServer insights() {
        return new InsightsInServer(clock, signals, pendingSignals, retention, feedback, em);
    }

    // --- LibraryInServer: importing on demand inside the server ---

    @Test
    @Order(1)
    void importingTheSameFolderAgainChangesNothing() {
        library().importingTheSameFolderAgainChangesNothing();
    }

    @Test
    @Order(2)
    void brokenFilesAreReportedAndSkippedWhileTheRestGoesInAndNothingStoredIsDamaged() throws IOException {
        library().brokenFilesAreReportedAndSkippedWhileTheRestGoesInAndNothingStoredIsDamaged();
    }

    // --- SearchInServer: following the library and rebuilding ---

    @Test
    @Order(3)
    void aPublishedChangeReachesSearchAndAnUnpublishedOneLeavesIt() throws InterruptedException {
        search().aPublishedChangeReachesSearchAndAnUnpublishedOneLeavesIt();
    }

    @Test
    @Order(4)
    void aFullRebuildRunsWhileSearchKeepsAnswering() throws InterruptedException {
        search().aFullRebuildRunsWhileSearchKeepsAnswering();
    }

    @Test
    @Order(4)
    void eachRevisionsEmbeddingIsKeptInTheDatabaseSoARebuildEncodesNothing() {
        search().eachRevisionsEmbeddingIsKeptInTheDatabaseSoARebuildEncodesNothing();
    }

    // --- CurationInServer: link checks against a local HTTP server ---

    @Test
    @Order(5)
    void linksAreCheckedAndCalledBrokenOnlyAfterRepeatedFailuresAndNothingIsDeleted() throws IOException {
        curation().linksAreCheckedAndCalledBrokenOnlyAfterRepeatedFailuresAndNothingIsDeleted();
    }

    // --- PartnershipsInServer: one story in order; the clock moved inside the server; email ---

    @Test
    @Order(6)
    @RunAsClient
    void everyRoleSeesAndDoesOnlyWhatItMayAndAThirdOrganizationGetsTheSame404AsForNothing() {
        partnerships().everyRoleSeesAndDoesOnlyWhatItMayAndAThirdOrganizationGetsTheSame404AsForNothing();
    }

    @Test
    @Order(7)
    @RunAsClient
    void everyPlanChangeIsARevisionWithWhoWhenWhatAndWhy() {
        partnerships().everyPlanChangeIsARevisionWithWhoWhenWhatAndWhy();
    }

    @Test
    @Order(8)
    @RunAsClient
    void aSaveFromAnOldVersionIsRefusedWithTheCurrentPlanAndTwoSavesAtOnceNeverBothPass() throws Exception {
        partnerships().aSaveFromAnOldVersionIsRefusedWithTheCurrentPlanAndTwoSavesAtOnceNeverBothPass();
    }

    @Test
    @Order(9)
    @RunAsClient
    void checkInsRecordTheirDecisionsAsRevisionsAndTheReportAndClosingTellTheWholeStory() {
        partnerships().checkInsRecordTheirDecisionsAsRevisionsAndTheReportAndClosingTellTheWholeStory();
    }

    @Test
    @Order(10)
    @RunAsClient
    void evidenceForAnItemComesFromTheMatchingEngineAndThePagesLinkTheShippedGuideInTheReadersLanguage() {
        partnerships().evidenceForAnItemComesFromTheMatchingEngineAndThePagesLinkTheShippedGuideInTheReadersLanguage();
    }

    @Test
    @Order(11)
    void theScheduleKeepsMonthEndsAMissedCheckInStaysListedAndAMovedOneTakesItsNewDate() throws Exception {
        partnerships().theScheduleKeepsMonthEndsAMissedCheckInStaysListedAndAMovedOneTakesItsNewDate();
    }

    @Test
    @Order(11)
    void aCheckInHeldEarlyOrLateCountsTheNextFromTheDayItWasHeldEverywhere() throws Exception {
        partnerships().aCheckInHeldEarlyOrLateCountsTheNextFromTheDayItWasHeldEverywhere();
    }

    @Test
    @Order(11)
    void eitherPartnerCorrectsARecordedCheckInAndEveryEarlierWordingStaysWithWhoWroteIt() throws Exception {
        new CheckInCorrectionsInServer(clock)
                .eitherPartnerCorrectsARecordedCheckInAndEveryEarlierWordingStaysWithWhoWroteIt();
    }

    @Test
    @Order(12)
    void aQuietPartnershipIsNudgedOnceAfterTheQuietPeriodAndAgainOnlyAfterAnother() {
        partnerships().aQuietPartnershipIsNudgedOnceAfterTheQuietPeriodAndAgainOnlyAfterAnother();
    }

    @Test
    @Order(13)
    @RunAsClient
    void emailGoesThroughTheMailServerForWhatMattersInBothLanguages() throws Exception {
        partnerships().emailGoesThroughTheMailServerForWhatMattersInBothLanguages();
    }

    // --- InsightsInServer: reader signals, the clock moved and the tables read inside the server ---

    @Test
    @Order(14)
    @RunAsClient
    void usefulAnswersAreStoredOncePerReaderAndCountedWithTheirReasonsForEditorsOnly() {
        insights().usefulAnswersAreStoredOncePerReaderAndCountedWithTheirReasonsForEditorsOnly();
    }

    @Test
    @Order(15)
    @RunAsClient
    void usesAreRecordedByMembersSeenByTheirOrganizationAndShownToEditorsWithoutWhoUnlessShared() {
        insights().usesAreRecordedByMembersSeenByTheirOrganizationAndShownToEditorsWithoutWhoUnlessShared();
    }

    @Test
    @Order(16)
    void answersBeyondTheHourlyLimitsAreRefusedAndAcceptedAgainTheNextHour() {
        insights().answersBeyondTheHourlyLimitsAreRefusedAndAcceptedAgainTheNextHour();
    }

    @Test
    @Order(17)
    void searchesAndAnswersPastTheRetentionPeriodArePurgedAndNewerOnesKept() {
        insights().searchesAndAnswersPastTheRetentionPeriodArePurgedAndNewerOnesKept();
    }

    @Test
    @Order(18)
    void theSignalTablesHoldNoAccountAddressSessionCookieOrBrowser() {
        insights().theSignalTablesHoldNoAccountAddressSessionCookieOrBrowser();
    }

    @Test
    @Order(19)
    void browsersAskingNotToBeTrackedAndRobotsLeaveNoSearchSignal() {
        insights().browsersAskingNotToBeTrackedAndRobotsLeaveNoSearchSignal();
    }

    @Test
    @Order(20)
    @RunAsClient
    void searchesThatFoundNothingOrWhoseResultsNoOneOpenedAreGaps() {
        insights().searchesThatFoundNothingOrWhoseResultsNoOneOpenedAreGaps();
    }

    @Test
    @Order(21)
    void theClickThroughRankOfAWeekIsTheMeanReciprocalRankOfTheResultsOpened() {
        insights().theClickThroughRankOfAWeekIsTheMeanReciprocalRankOfTheResultsOpened();
    }

    // --- AccountsInServer: signing in, the clock moved past each wait ---

    @Test
    @Order(22)
    void repeatedFailedSignInsAreSlowedThenLocked() {
        accounts().repeatedFailedSignInsAreSlowedThenLocked();
    }

    @Test
    @Order(22)
    void aDeletedAccountKeepsNothingThatNamesItsPerson() {
        new AccountDeletionInServer(em).aDeletedAccountKeepsNothingThatNamesItsPerson();
    }
}
