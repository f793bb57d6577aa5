/// Finds weekdays and calendar dates in a sentence.
///
/// Works on the sentence's words, not on a regular expression: each word is
/// looked up once, and a month name looks one or two words either side for
/// its day and year.
public struct DateExtractor: MentionExtractor {
    public init() {}

    public func mentions(in sentence: Sentence, words: [Word], context: ExtractionContext) -> [Mention] {
        var result: [Mention] = []
        var used = Array(repeating: false, count: words.count)
        let text = Array(sentence.text.utf8)

        func add(_ first: Int, _ last: Int, _ value: DateMention) {
            for k in first...last { used[k] = true }
            var range = words[first].range.lowerBound..<words[last].range.upperBound
            // "Thursday's vote": the evidence is the day, not its possessive.
            if text[range].reversed().starts(with: Array("s'".utf8)) {
                range = range.lowerBound..<(range.upperBound - 2)
            }
            result.append(
                Mention(
                    kind: .date, sentence: sentence.ref, range: range,
                    text: String(decoding: text[range], as: UTF8.self), value: value))
        }

        // "from 2000 to 2006", "between 2009 and 2016": the ends of a span
        // are not each the date of an event, so they are not extracted.
        for i in words.indices where i >= 2 && Self.year(words[i]) != nil && Self.year(words[i - 2]) != nil {
            if ["to", "and", "through", "until"].contains(words[i - 1].lower) {
                used[i] = true
                used[i - 2] = true
            }
        }

        /// "yesterday", "last night": true when word `i` opens a relative
        /// day, added or not.
        func relativeDay(_ i: Int, _ word: Word) -> Bool {
            guard DateWords.startsRelativeDay(word.lower) else { return false }
            if let offset = DateWords.relativeDays[word.lower] {
                if isRelative(i, words: words, text: text) { add(i, i, relative(offset, context)) }
                return true
            }
            if i + 1 < words.count, let offset = DateWords.relativePhrases[word.lower]?[words[i + 1].lower] {
                if isRelative(i, words: words, text: text) { add(i, i + 1, relative(offset, context)) }
                return true
            }
            return false
        }

        for i in words.indices where !used[i] {
            let word = words[i]
            // A weekday, a month, a year, a numeric or ISO date and a day of
            // the month need a capital or a digit first: most words have
            // neither, and only a relative period or day can open at them.
            if !word.isCapitalised, !(word.lower.utf8.first.map(Word.isDigit) ?? false) {
                if let (last, value) = relativePeriod(at: i, words: words, text: text, context: context) {
                    add(i, last, value)
                } else {
                    _ = relativeDay(i, word)
                }
                continue
            }
            // Only a capitalised word is read as a weekday or month, so
            // only it needs its possessive dropped.
            let bare = word.isCapitalised && word.lower.hasASCIISuffix("'s") ? String(word.lower.dropLast(2)) : word.lower

            if let iso = isoDate(word.lower) {
                add(i, i, iso)
                continue
            }
            if let (a, b, year) = Self.numericDate(at: i, words: words, text: text) {
                // Each part is used either way: a date whose order the
                // article does not settle is skipped, not read as numbers.
                for k in i...(i + 2) { used[k] = true }
                if let (day, month) = Self.dayAndMonth(a, b, order: context.numericDateOrder),
                    let date = CivilDate(year: year, month: month, day: day)
                {
                    add(i, i + 2, DateMention(year: year, month: month, day: day, resolved: date))
                }
                continue
            }
            if let (last, value) = relativePeriod(at: i, words: words, text: text, context: context) {
                add(i, last, value)
                continue
            }
            if let value = dayOfMonth(at: i, words: words, context: context) {
                add(i, i, value)
                continue
            }
            if relativeDay(i, word) { continue }
            if word.isCapitalised, let weekday = DateWords.weekdays[bare] {
                // "a month ago Thursday": the day counted from, not the
                // day of the event.
                if i == 0 || words[i - 1].lower != "ago" {
                    add(i, i, weekdayMention(weekday, at: i, words: words, context: context))
                }
                continue
            }
            if word.isCapitalised, let month = DateWords.months[bare] {
                if let (first, last, value) = calendarDate(month: month, at: i, words: words, text: text, used: used, context: context) {
                    add(first, last, value)
                }
                continue
            }
            // "in 2006", and "Al Gore's 2000 ticket": a year that a
            // possessive owns dates what follows it.
            if let year = Self.year(word), i > 0,
                DateWords.timePrepositions.contains(words[i - 1].lower) || words[i - 1].lower.hasASCIISuffix("'s"),
                !followedByUnit(words, i)
            {
                add(i, i, DateMention(year: year))
            }
        }
        return result
    }

    /// Whether "today" at word `i` is a day the publication date names. Not
    /// when capitalised inside the sentence (NBC's "Today" show), and not
    /// inside quotation marks, where it is the day the speaker spoke ("And
    /// that's what happened tonight"), which the article does not date.
    private func isRelative(_ i: Int, words: [Word], text: [UInt8]) -> Bool {
        if i > 0, words[i].isCapitalised, !text[words[i - 1].range.upperBound..<words[i].range.lowerBound].contains(UInt8(ascii: ".")) {
            return false
        }
        return !Self.isQuoted(at: words[i].range.lowerBound, in: text)
    }

    /// Whether a byte offset lies inside quotation marks, straight or curly,
    /// including a sentence that ends a quotation a sentence before it
    /// opened (`they lost the debate."`, with no opening mark of its own).
    static func isQuoted(at offset: Int, in text: [UInt8]) -> Bool {
        var straight = (before: 0, after: 0)
        var opening = (before: 0, after: 0)
        var closing = (before: 0, after: 0)
        var k = 0
        while k < text.count {
            let here = k < offset
            if text[k] == UInt8(ascii: "\"") {
                if here { straight.before += 1 } else { straight.after += 1 }
            } else if text[k] == 0xE2, k + 2 < text.count, text[k + 1] == 0x80, text[k + 2] == 0x9C || text[k + 2] == 0x9D {
                // U+201C and U+201D.
                if text[k + 2] == 0x9C {
                    if here { opening.before += 1 } else { opening.after += 1 }
                } else {
                    if here { closing.before += 1 } else { closing.after += 1 }
                }
                k += 2
            }
            k += 1
        }
        if straight.before % 2 == 1 || opening.before > closing.before { return true }
        let noneBefore = straight.before == 0 && opening.before == 0 && closing.before == 0
        return noneBefore && (straight.after % 2 == 1 || closing.after > opening.after)
    }

    /// "yesterday": a day only the publication date can name.
    private func relative(_ offset: Int, _ context: ExtractionContext) -> DateMention {
        DateMention(relativeDays: offset, resolved: context.published?.adding(days: offset), inferred: true)
    }

    private func weekdayMention(_ weekday: Int, at i: Int, words: [Word], context: ExtractionContext) -> DateMention {
        var direction = DateMention.Direction.recent
        if i > 0 {
            switch words[i - 1].lower {
            case "last", "previous": direction = .last
            case "next", "coming": direction = .next
            default:
                if words[..<i].contains(where: { DateWords.futureMarkers.contains($0.lower) }) {
                    direction = .next
                }
            }
        }
        var mention = DateMention(weekday: weekday, direction: direction)
        if let published = context.published {
            let back = (published.weekday - weekday + 7) % 7
            let days: Int
            switch direction {
            case .recent: days = -back
            case .last: days = back == 0 ? -7 : -back
            case .next:
                let ahead = (weekday - published.weekday + 7) % 7
                days = ahead == 0 ? 7 : ahead
            }
            mention.resolved = published.adding(days: days)
            mention.inferred = true
        }
        return mention
    }

    /// "16 April 2019", "April 16, 2019", "April 16th", "16th of April",
    /// "July 2017", "in April".
    private func calendarDate(
        month: Int, at i: Int, words: [Word], text: [UInt8], used: [Bool], context: ExtractionContext
    ) -> (Int, Int, DateMention)? {
        var first = i
        var last = i
        var day: Int?
        var year: Int?
        if i > 0, !used[i - 1], let d = Self.dayNumber(words[i - 1].lower) {
            day = d
            first = i - 1
        } else if i > 1, words[i - 1].lower == "of", let d = Self.dayNumber(words[i - 2].lower), !used[i - 2] {
            day = d
            first = i - 2
        }
        if day == nil, i + 1 < words.count, let d = Self.dayNumber(words[i + 1].lower),
            Self.year(words[i + 1]) == nil
        {
            day = d
            last = i + 1
        }
        if last + 1 < words.count, let y = Self.year(words[last + 1]) {
            year = y
            last += 1
        }
        var inferredYear = false
        var periodName: String?
        if day == nil, year == nil {
            // "January last year", "last November": the year the
            // publication date gives.
            if last + 2 < words.count, let shift = DateWords.periodShift[words[last + 1].lower],
                words[last + 2].lower == "year"
            {
                last += 2
                year = context.published.map { $0.year + shift }
                periodName = "\(DateWords.monthNames[month - 1]) \(words[last - 1].lower) year"
            } else if first == i, i > 0, let shift = DateWords.periodShift[words[i - 1].lower] {
                first = i - 1
                periodName = "\(words[i - 1].lower) \(DateWords.monthNames[month - 1])"
                if let published = context.published {
                    switch shift {
                    case -1: year = month < published.month ? published.year : published.year - 1
                    case 1: year = month > published.month ? published.year : published.year + 1
                    default: year = published.year
                    }
                }
            }
            inferredYear = year != nil
        }
        let abbreviated = words[i].lower.count <= 4 && DateWords.monthNames[month - 1].count > words[i].lower.count
        if day == nil, year == nil {
            // A lone month name is a date only after a word of time, and an
            // abbreviation ("Mar") only next to a day.
            guard !abbreviated, i > 0, DateWords.timePrepositions.contains(words[i - 1].lower) else {
                return nil
            }
        }
        if abbreviated, day == nil { return nil }
        if let day, CivilDate(year: year ?? 2000, month: month, day: day) == nil { return nil }
        var value = DateMention(year: year, month: month, day: day, inferred: inferredYear)
        value.periodName = inferredYear ? periodName : nil
        if let day {
            if let year {
                value.resolved = CivilDate(year: year, month: month, day: day)
            } else if let published = context.published {
                value.resolved = CivilDate(year: published.year, month: month, day: day)
                value.inferred = true
            }
        }
        return (first, last, value)
    }

    /// "16/04/2019", "4/16/2019", "16/4/19": three runs of digits joined by
    /// single slashes, with nothing else slashed on either side ("1/2/3/4"
    /// is not a date). The first two parts as written, and the year.
    static func numericDate(at i: Int, words: [Word], text: [UInt8]) -> (Int, Int, Int)? {
        guard i + 2 < words.count else { return nil }
        let slash = UInt8(ascii: "/")
        func joined(_ k: Int) -> Bool {
            words[k].range.upperBound + 1 == words[k + 1].range.lowerBound && text[words[k].range.upperBound] == slash
        }
        func digits(_ word: Word, _ lengths: ClosedRange<Int>) -> Int? {
            guard lengths.contains(word.lower.utf8.count), word.lower.utf8.allSatisfy(Word.isDigit) else { return nil }
            return Int(word.lower)
        }
        guard let a = digits(words[i], 1...2), let b = digits(words[i + 1], 1...2), joined(i), joined(i + 1) else {
            return nil
        }
        let start = words[i].range.lowerBound
        let end = words[i + 2].range.upperBound
        if start > 0, text[start - 1] == slash { return nil }
        if end < text.count, text[end] == slash { return nil }
        let yearWord = words[i + 2]
        var year: Int
        switch yearWord.lower.utf8.count {
        case 4:
            guard let y = digits(yearWord, 4...4), (1800...2199).contains(y) else { return nil }
            year = y
        case 2:
            guard let y = digits(yearWord, 2...2) else { return nil }
            year = y < 70 ? 2000 + y : 1900 + y
        default:
            return nil
        }
        return (a, b, year)
    }

    /// The day and month of a digit date: a part above 12 can only be the
    /// day; otherwise the article's house style decides, and without one
    /// the date is not read.
    static func dayAndMonth(_ a: Int, _ b: Int, order: NumericDateOrder?) -> (day: Int, month: Int)? {
        switch (a > 12, b > 12) {
        case (true, false): return (a, b)
        case (false, true): return (b, a)
        case (false, false):
            switch order {
            case .dayFirst?: return (a, b)
            case .monthFirst?: return (b, a)
            case nil: return nil
            }
        case (true, true): return nil
        }
    }

    /// "last week", "earlier this month", "this year", "the past week":
    /// a period counted from the publication date, read only when the
    /// article has one and outside quotation marks (a speaker's "last week"
    /// is counted from when they spoke). A whole month or year is returned
    /// as that month or year; a week, a weekend or part of a month or year
    /// as a period of days. Returns the last word used and the value.
    /// The words the switch in ``relativePeriod(at:words:text:context:)``
    /// starts from.
    private static let periodOpeners = WordFilter(["earlier", "later", "last", "this", "next", "past"])

    private func relativePeriod(at i: Int, words: [Word], text: [UInt8], context: ExtractionContext) -> (Int, DateMention)? {
        var k = i
        var part: String?
        // A switch compares without hashing or allocating, but string by
        // string: this runs for every word, so most are turned away first
        // by their first byte and length.
        guard Self.periodOpeners.mayHold(words[k].lower) else { return nil }
        switch words[k].lower {
        case "earlier", "later":
            guard k + 1 < words.count, words[k + 1].lower == "this" else { return nil }
            part = words[k].lower
            k += 1
        case "last", "this", "next", "past": break
        default: return nil
        }
        guard k + 1 < words.count, let shift = DateWords.periodShift[words[k].lower] ?? (words[k].lower == "past" ? 0 : nil)
        else { return nil }
        let unitWord = words[k + 1].lower
        let unit = unitWord.hasASCIISuffix("'s") ? String(unitWord.dropLast(2)) : unitWord
        guard DateWords.periodUnits.contains(unit), let p = context.published, isRelative(i, words: words, text: text) else {
            return nil
        }
        let past = words[k].lower == "past"
        if past, !(k > 0 && words[k - 1].lower == "the") { return nil }
        let name = words[i..<(k + 1)].map(\.lower).joined(separator: " ") + " " + unit
        func named(_ value: DateMention) -> DateMention {
            var value = value
            value.periodName = name
            return value
        }
        let monday = p.adding(days: 1 - p.weekday)
        func period(_ from: CivilDate, _ to: CivilDate) -> DateMention { DateMention(period: from...to, named: name) }
        switch unit {
        case "week":
            if past { return (k + 1, period(p.adding(days: -7), p)) }
            switch part {
            case "earlier": return (k + 1, period(monday, p))
            case "later": return (k + 1, period(p, monday.adding(days: 6)))
            default:
                let start = monday.adding(days: 7 * shift)
                return (k + 1, period(start, start.adding(days: 6)))
            }
        case "weekend":
            guard !past, part == nil else { return nil }
            let saturday = monday.adding(days: 5 + 7 * shift)
            return (k + 1, period(saturday, saturday.adding(days: 1)))
        case "month":
            let first = CivilDate(year: p.year, month: p.month, day: 1)!
            let last = first.adding(days: CivilDate.daysIn(month: p.month, year: p.year) - 1)
            if past { return (k + 1, period(p.adding(days: -30), p)) }
            switch part {
            case "earlier": return (k + 1, period(first, p))
            case "later": return (k + 1, period(p, last))
            default:
                let index = p.year * 12 + (p.month - 1) + shift
                return (k + 1, named(DateMention(year: index / 12, month: index % 12 + 1, inferred: true)))
            }
        default:  // year
            if past { return (k + 1, period(p.adding(days: -365), p)) }
            switch part {
            case "earlier": return (k + 1, period(CivilDate(year: p.year, month: 1, day: 1)!, p))
            case "later": return (k + 1, period(p, CivilDate(year: p.year, month: 12, day: 31)!))
            default: return (k + 1, named(DateMention(year: p.year + shift, inferred: true)))
            }
        }
    }

    /// "on the 16th": a day of a month the text does not name, which news
    /// writes for a day of the publication month or, if that is still to
    /// come, of the month before (the month after in future-tense copy).
    /// Only an ordinal with its suffix after "on the" (or "by the", "since
    /// the"), and not before a noun ("on the 16th floor") or a month.
    private func dayOfMonth(at i: Int, words: [Word], context: ExtractionContext) -> DateMention? {
        let word = words[i].lower
        guard i >= 2, let first = word.utf8.first, Word.isDigit(first), words[i - 1].lower == "the",
            word.utf8.count >= 3, let last = word.utf8.last, !Word.isDigit(last), let day = Self.dayNumber(word),
            ["on", "by", "since", "until", "from", "before", "after"].contains(words[i - 2].lower)
        else { return nil }
        if i + 1 < words.count {
            let next = words[i + 1]
            let gap = next.range.lowerBound - words[i].range.upperBound
            guard gap > 1 || DateWords.clauseWords.contains(next.lower) else { return nil }
            guard DateWords.months[next.lower] == nil else { return nil }
        }
        var value = DateMention(day: day)
        if let p = context.published {
            let future = words[..<i].contains { DateWords.futureMarkers.contains($0.lower) }
            var index = p.year * 12 + (p.month - 1)
            if future, day < p.day { index += 1 }
            if !future, day > p.day { index -= 1 }
            value.resolved = CivilDate(year: index / 12, month: index % 12 + 1, day: day)
            value.inferred = true
        }
        return value
    }

    /// `2019-04-16`.
    private func isoDate(_ word: String) -> DateMention? {
        guard word.utf8.count == 10, let date = CivilDate(iso8601: word) else { return nil }
        return DateMention(year: date.year, month: date.month, day: date.day, resolved: date)
    }

    /// 1 to 31, optionally with an ordinal suffix ("16th", "1st").
    static func dayNumber(_ word: String) -> Int? {
        var digits = Substring(word)
        for suffix in ["st", "nd", "rd", "th"] where digits.hasSuffix(suffix) {
            digits = digits.dropLast(2)
            break
        }
        guard (1...2).contains(digits.count), let value = Int(digits), (1...31).contains(value) else {
            return nil
        }
        return value
    }

    /// A four-digit year from 1800 to 2199.
    static func year(_ word: Word) -> Int? {
        guard word.isNumeric, word.lower.utf8.count == 4, let value = Int(word.lower),
            (1800...2199).contains(value)
        else { return nil }
        return value
    }

    /// "the 2000 people": a number of things, not a year.
    private func followedByUnit(_ words: [Word], _ i: Int) -> Bool {
        guard i + 1 < words.count else { return false }
        return Self.countNouns.contains(words[i + 1].lower)
    }

    private static let countNouns: WordSet = [
        "people", "men", "women", "children", "jobs", "homes", "houses", "troops", "soldiers",
        "passengers", "deaths", "cases", "votes", "miles", "km", "metres", "meters", "feet", "tonnes",
        "pounds", "dollars", "euros", "points", "calories", "words", "pages", "staff", "workers",
    ]
}
