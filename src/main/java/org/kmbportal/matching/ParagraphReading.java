package org.kmbportal.matching;

/**
 * An organization's paragraph as its topics are read, for the ranking and the reasons alike: staying in school written
 * as school engagement ({@link StayingInSchool}), parents who mentor and a group that asked left out
 * ({@link PeopleNotTopics}), families taking part read as family engagement ({@link FamilyInvolvement}), spans of time
 * and what the program did before left out ({@link TimeInTheParagraph}), needs said in everyday words read with
 * their topic's ({@link EverydayNeeds}).
 */
final class ParagraphReading {

    private ParagraphReading() {
    }

    static String read(String text) {
        return EverydayNeeds
                .read(FamilyInvolvement.read(PeopleNotTopics.read(StayingInSchool.read(TimeInTheParagraph.read(
                        text)))));
    }
}
