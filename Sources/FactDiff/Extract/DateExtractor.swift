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

        for i in words.indices where !used[i] {
            let word = words[i]
            let bare = word.lower.hasSuffix("'s") ? String(word.lower.dropLast(2)) : word.lower

            if let iso = isoDate(word.lower) {
                add(i, i, iso)
                continue
            }
            if let offset = DateWords.relativeDays[word.lower] {
                if isRelative(i, words: words, text: text) { add(i, i, relative(offset, context)) }
                continue
            }
            if i + 1 < words.count, let offset = DateWords.relativePhrases[word.lower]?[words[i + 1].lower] {
                if isRelative(i, words: words, text: text) { add(i, i + 1, relative(offset, context)) }
                continue
            }
            if word.isCapitalised, let weekday = DateWords.weekdays[bare] {
                add(i, i, weekdayMention(weekday, at: i, words: words, context: context))
                continue
            }
            if word.isCapitalised, let month = DateWords.months[bare] {
                if let (first, last, value) = calendarDate(month: month, at: i, words: words, text: text, used: used, context: context) {
                    add(first, last, value)
                }
                continue
            }
            if let year = Self.year(word), i > 0, DateWords.timePrepositions.contains(words[i - 1].lower),
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
        let quotes = text[..<words[i].range.lowerBound].reduce(0) { $0 + ($1 == UInt8(ascii: "\"") ? 1 : 0) }
        return quotes % 2 == 0
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
        var value = DateMention(year: year, month: month, day: day)
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

    private static let countNouns: Set<String> = [
        "people", "men", "women", "children", "jobs", "homes", "houses", "troops", "soldiers",
        "passengers", "deaths", "cases", "votes", "miles", "km", "metres", "meters", "feet", "tonnes",
        "pounds", "dollars", "euros", "points", "calories", "words", "pages", "staff", "workers",
    ]
}
