import Testing

@testable import FactDiff

@Suite struct CompareTests {
    @Test func differentWeekdaysForOneEventConflict() throws {
        let analysis = analyze(
            try makeArticle(id: "a", "Leaders meet", "", "The two leaders held their first face-to-face talks in Germany on Friday."),
            try makeArticle(id: "b", "Summit", "", "The two leaders held face-to-face talks for the first time on Saturday."))
        let conflict = try #require(analysis.conflicts.first)
        #expect(analysis.conflicts.count == 1)
        #expect(conflict.kind == .date)
        #expect(conflict.severity == .error)
        #expect(conflict.claims.map(\.evidenceText) == ["Friday", "Saturday"])
        #expect(conflict.claims.map(\.value) == ["weekday:5", "weekday:6"])
        #expect(conflict.message.hasPrefix("a says Friday, b says Saturday"))
    }

    @Test func sameDayInAnyFormAgrees() throws {
        // Published Tuesday 6 June 2023: Monday is 5 June.
        let analysis = analyze(
            try makeArticle(id: "a", published: "2023-06-06", "Vision Pro arrives", "", "Apple unveiled its headset on Monday at a developer conference."),
            try makeArticle(id: "b", "A look at WWDC", "", "Apple unveiled its headset on June 5 at a developer conference."),
            try makeArticle(id: "c", "Mixed reality bet", "", "Apple unveiled its headset on 5 June 2023 at a developer conference."))
        #expect(analysis.alignments.map(\.sentences.count) == [3])
        #expect(analysis.conflicts.isEmpty)
    }

    @Test func weekdayOneDayOffADateIsAWarning() throws {
        // 23 August 2023 was a Wednesday.
        let analysis = analyze(
            try makeArticle(id: "a", "Headline", "", "The spacecraft landed near the lunar south pole on Thursday."),
            try makeArticle(id: "b", "Headline", "", "The spacecraft landed near the lunar south pole on 23 August 2023."))
        #expect(analysis.conflicts.map(\.severity) == [.warning])
    }

    @Test func datesOfDifferentEventsAreNotCompared() throws {
        let analysis = analyze(
            try makeArticle(id: "a", "Headline", "", "Russia's Luna-25 probe spun out of control and crashed on Saturday."),
            try makeArticle(id: "b", "Headline", "", "Moscow announced on Sunday that its Luna-25 probe had crashed out of control."))
        #expect(!analysis.alignments.isEmpty)
        #expect(analysis.conflicts.isEmpty)
    }

    @Test func calendarDatesCompareOnTheFieldsBothGive() {
        func disagree(_ x: DateMention, _ y: DateMention) -> Severity? {
            DateConflictRule.disagreement(x, y, publishedFirst: nil, publishedSecond: nil)
        }
        #expect(disagree(DateMention(month: 4), DateMention(year: 2019, month: 4, day: 16)) == nil)
        #expect(disagree(DateMention(month: 4), DateMention(month: 5)) == .error)
        #expect(disagree(DateMention(year: 2016), DateMention(year: 2016, month: 11)) == nil)
        #expect(disagree(DateMention(weekday: 5), DateMention(weekday: 5)) == nil)
        // A weekday against a date without any year cannot be checked.
        #expect(disagree(DateMention(weekday: 5), DateMention(month: 7, day: 7)) == nil)
    }

    @Test func fingerprintIgnoresUnrelatedTextAndLineMoves() throws {
        let a = try makeArticle(id: "a", "Leaders meet", "", "The leaders held face-to-face talks on Friday.")
        let b = try makeArticle(id: "b", "Summit", "", "The leaders held face-to-face talks on Saturday.")
        let moved = try makeArticle(
            id: "a", "A new headline", "", "An unrelated opening paragraph about markets.", "",
            "The leaders held face-to-face talks on Friday.")
        let before = try #require(analyze(a, b).conflicts.first)
        let after = try #require(analyze(moved, b).conflicts.first)
        #expect(before.fingerprint == after.fingerprint)
        #expect(before.fingerprint.count == 16)
        let other = try makeArticle(id: "b", "Summit", "", "The leaders held face-to-face talks on Sunday.")
        #expect(try #require(analyze(a, other).conflicts.first).fingerprint != before.fingerprint)
    }

    @Test func seedsHaveExactlyTheFridaySaturdayConflict() throws {
        let story = try Story.read(paths: ["bbc", "independent"].map { Paths.package.appendingPathComponent("seeds/\($0).txt").path })
        let analysis = Analyzer().analyze(story)
        #expect(analysis.conflicts.count == 1)
        let conflict = try #require(analysis.conflicts.first)
        #expect(conflict.kind == .date)
        #expect(conflict.claims.map(\.evidenceText) == ["Friday", "Saturday"])
        let sentences = conflict.claims.map { analysis.sentence($0.sentence).text }
        #expect(sentences[0].contains("Vladimir Putin in Germany on Friday"))
        #expect(sentences[1].contains("held face-to-face talks for the first time on Saturday"))
        #expect(analysis.location(of: conflict.claims[0]) == SourceLocation(line: 6, column: 104))
    }
}

extension CompareTests {
    @Test func relativeDayAgainstAWeekdayUsesThePublicationDate() throws {
        // Published Friday 15 January 2016: yesterday is Thursday.
        let conflicting = analyze(
            try makeArticle(id: "a", published: "2016-01-15", "Verdicts", "", "Three men were convicted of the vault burglary yesterday, the court heard."),
            try makeArticle(id: "b", "Jury convicts", "", "Three men were convicted of the vault burglary on Wednesday, the court heard."))
        #expect(conflicting.conflicts.map(\.severity) == [.warning])
        #expect(conflicting.conflicts.first?.claims.map(\.evidenceText) == ["yesterday", "Wednesday"])
        let agreeing = analyze(
            try makeArticle(id: "a", published: "2016-01-15", "Verdicts", "", "Three men were convicted of the vault burglary yesterday, the court heard."),
            try makeArticle(id: "b", "Jury convicts", "", "Three men were convicted of the vault burglary on Thursday, the court heard."))
        #expect(agreeing.conflicts.isEmpty)
    }

    @Test func anAgreeingDatePairsBeforeAnotherDate() throws {
        let analysis = analyze(
            try makeArticle(id: "a", "Interview", "", "Ryan, in his first interview since being named Saturday as running mate, told Fox News on Tuesday he could win."),
            try makeArticle(id: "b", "Interview", "", "In an interview with Fox News on Tuesday, Ryan said he could win as running mate."))
        #expect(analysis.conflicts.isEmpty)
    }

    @Test func threeSourcesNameTheOutlier() throws {
        let analysis = analyze(
            try makeArticle(id: "a", "Leaders meet", "", "The two leaders held their first face-to-face talks in Germany on Friday."),
            try makeArticle(id: "b", "Summit", "", "The two leaders held face-to-face talks for the first time on Saturday."),
            try makeArticle(id: "c", "G20", "", "On Saturday the two leaders held face-to-face talks for the first time."))
        #expect(analysis.conflicts.count == 1)
        let conflict = try #require(analysis.conflicts.first)
        #expect(conflict.outlier == 0)
        #expect(conflict.claims.map(\.sentence.article) == [0, 1, 2])
        #expect(conflict.claims.map(\.evidenceText) == ["Friday", "Saturday", "Saturday"])
        #expect(conflict.message == "a says Friday; b and c say Saturday")
    }

    @Test func noOutlierWhenTheOthersDisagreeToo() throws {
        let analysis = analyze(
            try makeArticle(id: "a", "Leaders meet", "", "The two leaders held their first face-to-face talks in Germany on Friday."),
            try makeArticle(id: "b", "Summit", "", "The two leaders held face-to-face talks for the first time on Saturday."),
            try makeArticle(id: "c", "G20", "", "On Sunday the two leaders held face-to-face talks for the first time."))
        #expect(analysis.conflicts.count == 3)
        #expect(analysis.conflicts.allSatisfy { $0.outlier == nil && $0.claims.count == 2 })
    }
}

@Suite struct TimeConflictRuleTests {
    private func conflicts(_ first: String, _ second: String) throws -> [Conflict] {
        let analysis = analyze(
            try makeArticle(id: "a", "Headline", "", first),
            try makeArticle(id: "b", "Headline", "", second))
        #expect(!analysis.alignments.isEmpty, "not aligned: \(first) | \(second)")
        return analysis.conflicts.filter { $0.kind == .time }
    }

    @Test func differentMinutesForOneEventConflict() throws {
        let found = try conflicts(
            "The two ferries collided in the harbour at 4.17pm, the coastguard said.",
            "The two ferries collided in the harbour at 4.27pm, the coastguard said.")
        let conflict = try #require(found.first)
        #expect(found.count == 1)
        #expect(conflict.severity == .error)
        #expect(conflict.claims.map(\.evidenceText) == ["4.17pm", "4.27pm"])
        #expect(conflict.message.hasPrefix("a says 16:17, b says 16:27"))
    }

    @Test func spokenClockAgainstDigitsConflicts() throws {
        let found = try conflicts(
            "The two ferries collided in the harbour at 4.17pm.",
            "The two ferries collided in the harbour at seven minutes past four in the afternoon.")
        #expect(found.map(\.claims).map { $0.map(\.evidenceText) } == [["4.17pm", "seven minutes past four"]])
    }

    @Test func hedgedTimesThatDoNotMeetAreAWarning() throws {
        let found = try conflicts(
            "The rebels stormed the palace shortly after 11am, witnesses said.",
            "The rebels stormed the palace just after 10am local time, witnesses said.")
        #expect(found.map(\.severity) == [.warning])
    }

    @Test(arguments: [
        ("The tanker exploded at 5.02am in the port.", "The tanker exploded shortly after 5am in the port."),
        ("The tanker exploded at 5.02am in the port.", "The tanker exploded at about 5am in the port."),
        ("The tanker exploded at 05:02 in the port.", "The tanker exploded just after two minutes past five in the port."),
        ("The tanker exploded at 21:10 IST in the port.", "The tanker exploded at 15:40 GMT in the port."),
        ("The tanker exploded at 21:10 India Standard Time in the port.", "The tanker exploded at 15:40 GMT in the port."),
        ("The tanker exploded at 3.30pm in the port.", "The tanker exploded in the afternoon in the port."),
        ("The tanker exploded at 5.02am on Monday morning in the port.", "The tanker exploded early on Monday morning in the port."),
        ("The tanker exploded at half past three in the port.", "The tanker exploded at 15:30 in the port."),
        ("The tanker exploded at noon in the port.", "The tanker exploded at 12pm in the port."),
        ("The tanker exploded at 10am in the port.", "The tanker exploded at 10.03am in the port."),
    ])
    func agreeingFormsAreNotFlagged(first: String, second: String) throws {
        #expect(try conflicts(first, second).isEmpty)
    }

    @Test func aStatedZoneAgainstLocalTimeIsNotCompared() throws {
        // Without an offset for "local time", five hours apart may be the zones.
        #expect(try conflicts(
            "The tremor struck the valley at 11.56am local time, seismologists said.",
            "The tremor struck the valley at 06:11 GMT, seismologists said.").isEmpty)
        #expect(try conflicts(
            "The tremor struck the valley at 11.56am, seismologists said.",
            "The tremor struck the valley at 06:11 GMT, seismologists said.").isEmpty)
    }

    @Test func aPlaceWithAFixedOffsetMakesLocalTimeComparable() throws {
        let agreeing = try conflicts(
            "The ship docked in Singapore just after 9am local time, port officials said.",
            "The ship docked in Singapore at about 01:00 GMT, port officials said.")
        #expect(agreeing.isEmpty)
        let disagreeing = try conflicts(
            "The ship docked in Singapore shortly after 10am, port officials said.",
            "The ship docked in Singapore at about 01:00 GMT, port officials said.")
        #expect(disagreeing.map(\.severity) == [.warning])
    }

    @Test func aTimetableIsNotTheTimeOfAnEvent() throws {
        #expect(try conflicts(
            "Trams on the new line run every ten minutes from 6.30am until 11pm.",
            "The first tram on the new line left the depot at 06:41.").isEmpty)
    }

    @Test func aPartOfTheDayInAnotherClauseIsNotPaired() throws {
        #expect(try conflicts(
            "The first blast at the depot came shortly after 6am, waking the town.",
            "The fire at the depot spread and by the afternoon the tanks were alight.").isEmpty)
    }

    @Test func clockTimeAgainstAnIncompatiblePartOfTheDayIsAWarning() throws {
        let found = try conflicts(
            "The minister resigned at 9.40pm after a day of talks.",
            "The minister resigned on Tuesday morning after a day of talks.")
        #expect(found.map(\.severity) == [.warning])
    }

    @Test func partsOfDifferentDaysAreNotCompared() {
        let thursdayNight = TimeMention(partOfDay: .night, day: "thursday")
        #expect(TimeConflictRule.disagreement(thursdayNight, TimeMention(partOfDay: .afternoon, day: "friday")) == nil)
        #expect(TimeConflictRule.disagreement(thursdayNight, TimeMention(partOfDay: .afternoon, day: "thursday")) == .warning)
    }

    @Test func spansAndGaps() {
        #expect(TimeConflictRule.gap((1380, 1400), (10, 20)) == 50)
        #expect(TimeConflictRule.gap((0, 30), (1430, 1445)) == 0)
        let morning = TimeMention(partOfDay: .morning)
        let evening = TimeMention(partOfDay: .evening)
        #expect(TimeConflictRule.disagreement(morning, evening) == .warning)
        #expect(TimeConflictRule.disagreement(morning, TimeMention(partOfDay: .earlyHours)) == nil)
        #expect(TimeConflictRule.disagreement(TimeMention(minute: 390, eitherHalfOfDay: true), TimeMention(minute: 1110)) == nil)
    }
}

@Suite struct OrdinalConflictRuleTests {
    private func conflicts(_ first: String, _ second: String) throws -> [Conflict] {
        let analysis = analyze(
            try makeArticle(id: "a", "Headline", "", first),
            try makeArticle(id: "b", "Headline", "", second))
        #expect(!analysis.alignments.isEmpty, "not aligned: \(first) | \(second)")
        return analysis.conflicts.filter { $0.kind == .ordinal }
    }

    @Test func differentRanksOfOneCountConflict() throws {
        let found = try conflicts(
            "It is the second major fire at the refinery in three years, the union said.",
            "The union said it was the third serious fire at the refinery in three years.")
        let conflict = try #require(found.first)
        #expect(found.count == 1)
        #expect(conflict.severity == .error)
        #expect(conflict.claims.map(\.evidenceText) == ["second", "third"])
        #expect(conflict.claims.map(\.value) == ["ordinal:2 fire", "ordinal:3 fire"])
        #expect(conflict.message == "a says 2nd major fire, b says 3rd serious fire")
    }

    @Test func relatedHeadsCountTheSameThing() throws {
        #expect(try conflicts(
            "Kenya became only the third country to host the championships in Africa.",
            "Kenya is only the fourth nation to host the championships in Africa.").count == 1)
        #expect(try conflicts(
            "The striker, 34, was playing his 19th Champions League match for the club.",
            "The striker, 34, made his 18th Champions League appearance for the club.").count == 1)
    }

    @Test(arguments: [
        ("The two leaders met for the first time on Friday in Vienna.", "The two leaders met in Vienna for the first time on Friday."),
        ("Kenya became the third country to host the championships.", "Kenya is the third nation to host the championships."),
        ("Kenya became the first country to host the championships on a mountain course.", "Kenya became the third country to host the championships."),
        ("The striker scored in the first half of the final at the stadium.", "The striker scored in the second half of the final at the stadium."),
        ("The striker scored his first goal for the club at the stadium.", "The striker made his third appearance for the club at the stadium."),
        ("The vote was the first major defeat since the election for the party.", "The vote was the second major defeat for the party."),
        ("The talks were the second White House meeting with the leaders this week.", "The talks were the first Cabinet meeting with the leaders this week."),
    ])
    func differentThingsOrQualifiedRecordsAreNotCompared(first: String, second: String) throws {
        #expect(try conflicts(first, second).isEmpty)
    }
}
