/// A date as an article writes it: a weekday ("on Friday"), a calendar date
/// in any of its granularities ("16 April 2019", "April 16", "16/04/2019",
/// "July 2017", "in April", "in 2016", "on the 16th"), a period relative to
/// publication ("last week", "earlier this month"), and, when the
/// publication date allows, the exact day or days it stands for.
public struct DateMention: MentionValue, Hashable {
    /// Which way a weekday points from the publication date.
    public enum Direction: String, Hashable, Sendable {
        /// "on Friday" in past-tense copy: the latest such day on or before
        /// publication (HeidelTime's rule for news).
        case recent
        /// "last Friday": strictly before publication.
        case last
        /// "next Friday", or a weekday in future-tense copy.
        case next
    }

    /// ISO weekday, 1 (Monday) to 7 (Sunday), when the text names one.
    public var weekday: Int?
    /// Days from publication for "today" (0), "yesterday" (-1), "last
    /// night" (-1), "tomorrow" (1).
    public var relativeDays: Int?
    public var direction: Direction
    public var year: Int?
    public var month: Int?
    public var day: Int?
    /// The day this stands for when the text and the publication date fix
    /// it; `inferred` says whether the publication date was needed.
    public var resolved: CivilDate?
    public var inferred: Bool
    /// The days a relative period covers ("last week": Monday to Sunday of
    /// the week before publication). A period is a range: it agrees with
    /// any date inside it. Only read when the article has a publication
    /// date; a whole month or year ("last month", "January last year") is
    /// a plain month or year instead.
    public var period: ClosedRange<CivilDate>?
    /// For a date counted from publication ("last week", "last month",
    /// "last November"), the words that named it, without a possessive.
    public var periodName: String?

    public init(
        weekday: Int? = nil, relativeDays: Int? = nil, direction: Direction = .recent, year: Int? = nil,
        month: Int? = nil, day: Int? = nil, resolved: CivilDate? = nil, inferred: Bool = false
    ) {
        self.weekday = weekday
        self.relativeDays = relativeDays
        self.direction = direction
        self.year = year
        self.month = month
        self.day = day
        self.resolved = resolved
        self.inferred = inferred
    }

    /// A relative period resolved against the publication date.
    public init(period: ClosedRange<CivilDate>, named name: String) {
        self.init(inferred: true)
        self.period = period
        self.periodName = name
    }

    /// The days this mention can stand for, as day numbers, when it fixes
    /// them: a period, a day, a month of a known year, a year. A mention
    /// without a year takes `year` if given (the year of what it is
    /// compared with).
    func days(inYear year: Int? = nil) -> ClosedRange<Int>? {
        if let period { return period.lowerBound.dayNumber...period.upperBound.dayNumber }
        if let resolved { return resolved.dayNumber...resolved.dayNumber }
        guard weekday == nil, relativeDays == nil, let y = self.year ?? year else { return nil }
        if let month {
            if let day {
                guard let date = CivilDate(year: y, month: month, day: day) else { return nil }
                return date.dayNumber...date.dayNumber
            }
            guard let first = CivilDate(year: y, month: month, day: 1) else { return nil }
            return first.dayNumber...(first.dayNumber + CivilDate.daysIn(month: month, year: y) - 1)
        }
        guard day == nil, self.year != nil, let first = CivilDate(year: y, month: 1, day: 1),
            let last = CivilDate(year: y, month: 12, day: 31)
        else { return nil }
        return first.dayNumber...last.dayNumber
    }

    /// `weekday:5`, `date:2019-04-16`, `date:--04-16`, `date:---16` (a day
    /// of an unknown month), `month:2019-04`, `month:--04`, `year:2016`,
    /// `period:2019-01-07/2019-01-13`, or for a relative day
    /// `day:2019-01-15` (resolved) or `day:-1` (no publication date): the
    /// value the JSON report shows.
    public var description: String {
        if let period { return "period:\(period.lowerBound)/\(period.upperBound)" }
        if let weekday { return "weekday:\(weekday)" }
        if let relativeDays {
            return resolved.map { "day:\($0)" } ?? "day:\(relativeDays > 0 ? "+" : "")\(relativeDays)"
        }
        // "on the 16th", fixed by the publication date.
        if month == nil, day != nil, let resolved { return "date:\(resolved)" }
        let y = year.map { String($0) } ?? "-"
        let m = month.map { $0 < 10 ? "0\($0)" : "\($0)" }
        let d = day.map { $0 < 10 ? "0\($0)" : "\($0)" }
        switch (m, d) {
        case (let m?, let d?): return "date:\(y)-\(m)-\(d)"
        case (let m?, nil): return "month:\(y)-\(m)"
        case (nil, let d?): return "date:\(y)--\(d)"
        default: return "year:\(y)"
        }
    }

    public func isSame(as other: any MentionValue) -> Bool {
        guard let other = other.downcast(to: DateMention.self) else { return false }
        return self == other
    }

    /// A readable form for messages: "Friday", "16 April 2019", "April".
    public var spoken: String {
        if let period, let periodName {
            func day(_ date: CivilDate) -> String { "\(date.day) \(DateWords.monthNames[date.month - 1]) \(date.year)" }
            return "\(periodName) (\(day(period.lowerBound)) to \(day(period.upperBound)))"
        }
        if let weekday { return DateWords.weekdayNames[weekday - 1] }
        if let periodName, relativeDays == nil {
            var copy = self
            copy.periodName = nil
            return "\(periodName) (\(copy.spoken))"
        }
        if let relativeDays {
            let word = DateWords.relativeNames[relativeDays] ?? "day \(relativeDays)"
            guard let resolved else { return word }
            return "\(word) (\(DateWords.weekdayNames[resolved.weekday - 1]) \(resolved.day) \(DateWords.monthNames[resolved.month - 1]))"
        }
        var parts: [String] = []
        if let day { parts.append(month == nil ? "the \(day)\(Self.ordinalSuffix(day))" : String(day)) }
        if let month { parts.append(DateWords.monthNames[month - 1]) }
        if let year { parts.append(String(year)) }
        return parts.joined(separator: " ")
    }

    static func ordinalSuffix(_ day: Int) -> String {
        if (11...13).contains(day % 100) { return "th" }
        switch day % 10 {
        case 1: return "st"
        case 2: return "nd"
        case 3: return "rd"
        default: return "th"
        }
    }
}

/// How an article writes a date in digits alone: 16/04/2019 (day first,
/// British and most of the world) or 4/16/2019 (month first, American).
/// Decided per article (``infer(words:)``), since one outlet keeps one
/// house style; a date such as 4/5/2019 is read only when the style is
/// known.
public enum NumericDateOrder: String, Hashable, Sendable {
    case dayFirst
    case monthFirst

    /// The article's style, from its own dates: a digit date with a part
    /// above 12 (16/04/2019 can only be day first) settles it; failing
    /// that, the order in which it writes a day and a month name ("April
    /// 16" is the American convention, "16 April" the British). nil when
    /// the article gives no sign or signs both ways equally.
    public static func infer(words: [[Word]], texts: [[UInt8]]) -> NumericDateOrder? {
        var digits = (day: 0, month: 0)
        var written = (day: 0, month: 0)
        for (sentence, text) in zip(words, texts) {
            for i in sentence.indices {
                if let (a, b, _) = DateExtractor.numericDate(at: i, words: sentence, text: text) {
                    if a > 12, b <= 12 { digits.day += 1 }
                    if b > 12, a <= 12 { digits.month += 1 }
                    continue
                }
                let word = sentence[i]
                guard word.isCapitalised, DateWords.months[word.lower] != nil, word.lower != "may" || i > 0 else { continue }
                if i + 1 < sentence.count, DateExtractor.dayNumber(sentence[i + 1].lower) != nil, DateExtractor.year(sentence[i + 1]) == nil {
                    written.month += 1
                } else if i > 0, DateExtractor.dayNumber(sentence[i - 1].lower) != nil {
                    written.day += 1
                }
            }
        }
        for votes in [digits, written] where votes.day != votes.month {
            return votes.day > votes.month ? .dayFirst : .monthFirst
        }
        return nil
    }
}

/// The English names the date extractor reads and the messages write.
enum DateWords {
    static let weekdayNames = [
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
    ]
    static let monthNames = [
        "January", "February", "March", "April", "May", "June", "July", "August", "September",
        "October", "November", "December",
    ]

    static let weekdays = WordMap<Int>(Dictionary(
        uniqueKeysWithValues: weekdayNames.enumerated().map { ($1.lowercased(), $0 + 1) }))

    /// Full month names and the abbreviations news uses before a day.
    static let months = WordMap<Int>({
        var table: [String: Int] = [:]
        for (index, name) in monthNames.enumerated() {
            table[name.lowercased()] = index + 1
        }
        let short = ["jan", "feb", "mar", "apr", "", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
        for (index, name) in short.enumerated() where !name.isEmpty {
            table[name] = index + 1
        }
        table["sept"] = 9
        return table
    }())

    /// Words after which a lone month or year names a time ("in April",
    /// "since 2016"), rather than something else ("May said", "2016 people").
    static let timePrepositions: WordSet = [
        "in", "since", "until", "till", "by", "from", "during", "of", "early", "late", "mid",
        "last", "next", "this", "before", "after", "between", "through", "throughout", "the",
        "and", "to", "or", "until", "around", "that", "each", "every",
    ]

    /// Days relative to publication, as news writes them.
    static let relativeDays: WordMap<Int> = [
        "today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1,
    ]
    /// Two-word forms: "last night", "this morning".
    static let relativePhrases: WordMap<[String: Int]> = [
        "last": ["night": -1],
        "this": ["morning": 0, "afternoon": 0, "evening": 0],
    ]
    /// Whether a word starts as a key of ``relativeDays`` or
    /// ``relativePhrases`` does: the date extractor asks of every word, and
    /// one byte rules out most of them before the two hashed lookups.
    static func startsRelativeDay(_ lower: String) -> Bool {
        guard let lead = lower.utf8.first else { return false }
        return relativeLeads[Int(lead)]
    }

    private static let relativeLeads: [Bool] = {
        var table = [Bool](repeating: false, count: 256)
        for key in Array(relativeDays.keys) + Array(relativePhrases.keys) { table[Int(key.utf8.first!)] = true }
        return table
    }()
    static let relativeNames: [Int: String] = [0: "today", -1: "yesterday", 1: "tomorrow"]

    /// "last", "this", "next" before a period or a month: how many
    /// periods from the publication date's.
    static let periodShift: WordMap<Int> = ["last": -1, "this": 0, "next": 1]

    /// Words that may follow a date in its clause ("on the 16th, when"):
    /// after "the 16th" anything else is likely its noun ("the 16th floor").
    static let clauseWords: WordSet = [
        "and", "at", "when", "after", "before", "but", "as", "while", "with", "in", "to", "or", "for",
        "because", "following", "amid", "until", "that", "this", "last", "next",
    ]

    /// Units of a period relative to publication ("last week").
    static let periodUnits: WordSet = ["week", "weekend", "month", "year"]

    /// Words that put a weekday in the future of the publication date.
    static let futureMarkers: WordSet = [
        "will", "shall", "'ll", "due", "scheduled", "expected", "upcoming", "planned", "set",
        "tomorrow", "going",
    ]
}
