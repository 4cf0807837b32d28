import Testing

@testable import DefuseKit

/// `decisive-action` (and `ownership`) from a step with its time in forms the lists do not
/// know (``PlainStepRule``, ``StepTime``, issue 12, rules8): a plan told in the present, the
/// subject dropped, a time typed short. Replies written for these tests; each reading has a
/// look-alike that must not take it.
@Suite struct PlainStepTests {
    static func found(_ reply: String, _ client: String?) -> Set<String> {
        StructureReadingTests.found(reply, client)
    }

    static let lateTray =
        "The loaner for my 2 o'clock hasn't turned up and my nurse says you never confirmed it."
    /// angry-surgeon's opening line: a complaint the rep can own.
    static let wrongSet =
        "That's a 4.5 large-frag set. My noon case is a lateral plateau and I need the 3.5 proximal tibia plates. It's five to eleven. Does anybody at your company read a booking sheet?"
    static let shortStock = "We're down to two of the 8 mm stents and you promised a restock this week."

    @Test func aPlanToldInThePresentIsAStep() {
        let reply = "Sorry about this. I bring the 3.5 set myself from the other hospital by 11:40."
        #expect(Self.found(reply, Self.wrongSet).isSuperset(of: ["decisive-action", "ownership"]))
        #expect(
            Self.found("I drive there now and phone you at 12:40.", Self.lateTray).contains("decisive-action")
        )
        // Told in the past, a habit, a state or thinking: no step.
        #expect(!Self.found("I sent the tray over at 1:15.", Self.lateTray).contains("decisive-action"))
        #expect(!Self.found("I put it in the diary for 1:15.", Self.lateTray).contains("decisive-action"))
        #expect(!Self.found("I usually drop the loaners by 1:15.", Self.lateTray).contains("decisive-action"))
        #expect(
            !Self.found("I always drop the loaners off by 1:15.", Self.lateTray).contains("decisive-action"))
        #expect(!Self.found("I think by 1:15 it is there.", Self.lateTray).contains("decisive-action"))
    }

    /// A sentence that also sets a routine does not take the time from its other clause, and a
    /// routine step of the rep's with its own clock is a step (stop 39, retired QB and QC).
    @Test func aRoutineBesideTheStepLeavesTheStepItsTime() {
        let badLot = "Two boxes from a held lot were in my cabinet. What stops the next one?"
        #expect(
            Self.found(
                "I collect both boxes tomorrow at 8 and swap the lot, and from now on I check each restock against the holds.",
                badLot
            ).contains("decisive-action"))
        #expect(
            Self.found("From now on, I text you at 15:30 the day before each case.", badLot)
                .contains("decisive-action"))
        // A routine with no clock of its own, and one told as a habit, stay prevention alone.
        #expect(
            !Self.found("From now on I check each restock against the holds the day before.", badLot)
                .contains("decisive-action"))
        #expect(
            !Self.found("From now on I usually ring at 15:30 the day before.", badLot).contains(
                "decisive-action"))
    }

    /// A weekday straight after the one the rep calls or meets is the step's time, as the list
    /// reads it after a helper (stop 40, retired TD: "I call you Tuesday to hear what they
    /// decided").
    @Test func aDayAfterWhomTheRepCallsDatesThePlan() {
        let decide = "I'll let them decide without you, then."
        #expect(
            Self.found("I call you Tuesday to hear what they decided.", decide).contains("decisive-action"))
        #expect(
            Self.found("I come back Thursday with a proposal in writing.", decide).contains("decisive-action")
        )
        // Told in the past, or a day that dates nothing the rep does.
        #expect(
            !Self.found("I called you Tuesday to hear what they decided.", decide).contains("decisive-action")
        )
        #expect(!Self.found("I know you Tuesday people are busy.", decide).contains("decisive-action"))
    }

    /// A hedge in what the rep will ask the client ("…to hear if you want to try it") is the
    /// client's, not the step's (stop 40, retired TD); a hedge on the step itself still is.
    @Test func aHedgeAfterIfIsNotTheReps() {
        let walking = "So that's a no? You're walking away from ninety cases a month?"
        #expect(
            Self.found("I call you Monday morning to hear if you want to try it.", walking).contains(
                "decisive-action"))
        #expect(!Self.found("I maybe call you Monday morning.", walking).contains("decisive-action"))
    }

    /// "14h", "8h30": the hour as French and much of Europe write it is a clock time (stop 40,
    /// training ZC); "48h" is a span, not an hour of the day.
    @Test func anHourWrittenWithHIsAClockTime() {
        #expect(WordClass.isClock("14h"))
        #expect(WordClass.isClock("8h30"))
        #expect(!WordClass.isClock("48h"))
        #expect(!WordClass.isClock("h"))
        #expect(
            Self.found("The written offer is in your inbox Thursday before 17h.", Self.shortStock).contains(
                "decisive-action"))
    }

    @Test func aDroppedSubjectStillActs() {
        #expect(Self.found("ugh sorry. bringing it over now", Self.lateTray).contains("decisive-action"))
        // Not negated after the verb, and waiting is no step.
        #expect(!Self.found("waiting on the courier now", Self.lateTray).contains("decisive-action"))
        #expect(
            !Self.found("Restocking today isn't something the depot can do.", Self.shortStock).contains(
                "decisive-action"))
    }

    @Test func aTimeTypedShortDatesTheCommitment() {
        #expect(
            Self.found("ill have 6 more at ur cage by thurs", Self.shortStock).contains("decisive-action"))
        #expect(Self.found("ill drop them at ur lab 0845", Self.shortStock).contains("decisive-action"))
        #expect(
            Self.found("I'll have the restock on your shelf by the 9th.", Self.shortStock).contains(
                "decisive-action"))
        #expect(Self.found("i can get u a count sheet by tues", Self.shortStock).contains("decisive-action"))
        // A price, a size or a bare day with nothing to date are not times.
        #expect(
            !Self.found("ill get them billed at 1450 like we agreed", Self.shortStock).contains(
                "decisive-action"))
        #expect(!Self.found("ill sort the restock, it's on me", Self.shortStock).contains("decisive-action"))
        #expect(!Self.found("ill check what sat in the cage", Self.shortStock).contains("decisive-action"))
    }

    @Test func aTimeAheadOfEachEventIsARoutine() {
        let reply = "I text you 48 hours before each restock from now on."
        #expect(!Self.found(reply, Self.shortStock).contains("decisive-action"))
        #expect(
            !Self.found("I text you two days ahead, every time.", Self.shortStock).contains("decisive-action")
        )
    }

    @Test func theTimeReaderReadsShortForms() {
        #expect(StepTime.isBareClock("1120") && StepTime.isBareClock("630") && StepTime.isBareClock("0700"))
        #expect(!StepTime.isBareClock("1123") && !StepTime.isBareClock("2560") && !StepTime.isBareClock("45"))
        #expect(
            StepTime.isOrdinalDate("15th") && StepTime.isOrdinalDate("3rd") && !StepTime.isOrdinalDate("45th")
        )
        #expect(!StepTime.isOrdinalDate("4th5"))
    }
}
