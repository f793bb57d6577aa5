/// Sentences of two articles that give the one figure of its kind each
/// article has: "a crowd of 88,966" and "A crowd of 89,966 packed into the
/// stadium", "the magnitude-7.5 quake" and "put the magnitude at 7.8".
///
/// Two outlets often tell such a figure in sentences that share nothing
/// else, so the aligner does not pair them and a near miss needs two shared
/// words. What ties them is the figure itself: the same dimension, and the
/// same word right beside it (its counted noun, its rate, "crowd",
/// "magnitude", "north-west"), found once in each article. A key that occurs
/// twice in an article (two crowds, two costs) ties nothing, so lists and
/// running tallies stay apart. A post one person holds in a story (the
/// judge) is such a key too: one judge named in each article ties the two
/// sentences for the person rule.
enum FigureAnchors {
    /// Words either side of a number that may say what it is.
    static let reach = 2

    /// Pairs of sentences, one from each of two articles, tied by a figure
    /// key unique in both; `words[a][s]` are the words of sentence `s` of
    /// article `a`.
    static func pairs(words: [[[Word]]], mentions: [[[Mention]]]) -> [(SentenceRef, SentenceRef)] {
        let keys = mentions.indices.map { a in uniqueKeys(words: words[a], mentions: mentions[a]) }
        var result: Set<SentencePair> = []
        for a in keys.indices {
            for b in keys.indices where b > a {
                for (key, x) in keys[a] {
                    if let y = keys[b][key] { result.insert(SentencePair(x, y)) }
                }
            }
        }
        return result.sorted(by: SentencePair.inOrder).map { ($0.low, $0.high) }
    }

    /// Each key that exactly one number of the article has, with its sentence.
    private static func uniqueKeys(words: [[Word]], mentions: [[Mention]]) -> [String: SentenceRef] {
        var count: [String: Int] = [:]
        var sentence: [String: SentenceRef] = [:]
        for (s, list) in mentions.enumerated() {
            for mention in list {
                var found: [String] = []
                if let number = mention.value.downcast(to: NumberMention.self) {
                    found = keys(of: number, mention, words: words[s])
                } else if let person = mention.value.downcast(to: PersonMention.self), let title = person.title,
                    PersonConflictRule.uniquePosts.contains(title)
                {
                    // The judge of a trial: one person, so a post held by one
                    // named person in each article ties the two sentences.
                    found = ["post:\(title):\(person.surname)"]
                }
                for key in Set(found) {
                    count[key, default: 0] += 1
                    sentence[key] = mention.sentence
                }
            }
        }
        // A post is one key whoever holds it: two names for it in one
        // article (two judges) tie nothing.
        var holders: [String: Set<String>] = [:]
        for key in count.keys where key.hasPrefix("post:") {
            let parts = key.split(separator: ":")
            holders["post:\(parts[1])", default: []].insert(String(parts[2]))
        }
        for (post, names) in holders {
            let keys = names.map { "\(post):\($0)" }
            guard names.count == 1, let key = keys.first, let ref = sentence[key] else {
                for key in keys { count[key] = 0 }
                continue
            }
            count[key] = nil
            sentence[key] = nil
            count[post] = 1
            sentence[post] = ref
        }
        return sentence.filter { count[$0.key] == 1 }
    }

    /// "count:conservative" (its counted noun), "money:USD:per:share",
    /// "magnitude", "score:penalties", "count:crowd" ("a crowd of 88,966":
    /// the noun a figure is "of"), "length:m:north-west" (a distance and its
    /// bearing). Only words that say what the figure is: a word that merely
    /// stands near it ("rose", "higher", "including") ties nothing.
    static func keys(of number: NumberMention, _ mention: Mention, words: [Word]) -> [String] {
        // Small counts ("two women", "three senators") are everyday
        // quantities, not a story's figure.
        if number.dimension == .count, abs(number.value) < 10 { return [] }
        let dimension = number.dimension.label
        var result = number.counted.filter { $0.count > 2 && !commonCounts.contains($0) }.map { "\(dimension):\($0)" }
        if let per = number.per { result.append("\(dimension):per:\(per)") }
        if number.dimension == .score, number.penalties { result.append("\(dimension):penalties") }
        guard let start = words.firstIndex(where: { $0.range.upperBound > mention.range.lowerBound }) else { return result }
        let end = words.lastIndex(where: { $0.range.lowerBound < mention.range.upperBound }) ?? start
        if number.dimension == .magnitude {
            // The main shock and its aftershocks are different figures: an
            // aftershock's magnitude is keyed apart.
            let near = words[max(0, start - reach - 1)...min(words.count - 1, end + reach + 1)]
            let shock = near.lazy.map { Word.normalise($0.lower) }.first { lesserShocks.contains($0) }
            result.append(shock.map { "\(dimension):\($0)" } ?? dimension)
        }
        if case .money = number.dimension, let measure = moneyMeasure(before: start, words: words) {
            result.append("\(dimension):\(measure)")
        }
        var k = start - 1
        if k >= 0, ["about", "around", "roughly", "nearly", "almost", "some", "over", "just"].contains(words[k].lower) { k -= 1 }
        if k >= 1, words[k].lower == "of", !words[k - 1].isCapitalised, !words[k - 1].isNumeric {
            let noun = Word.normalise(words[k - 1].lower)
            if !Stopwords.english.contains(noun), !vagueNouns.contains(noun) { result.append("\(dimension):\(noun)") }
        }
        if end + 1 < words.count, bearings.contains(words[end + 1].lower) {
            result.append("\(dimension):\(words[end + 1].lower)")
        }
        return result
    }

    /// "The railway, which cost £18.9bn", "the final cost of the project
    /// stands at £19.8bn", "a fine of $5m": the nearest word before an
    /// amount, within its clause and a few words, that says what kind of
    /// amount it is. One cost in each article ties the two sentences; a
    /// second cost in an article ties nothing (``uniqueKeys``).
    static func moneyMeasure(before start: Int, words: [Word]) -> String? {
        var k = start - 1
        while k >= 0, start - k <= moneyReach {
            let word = words[k]
            if word.isNumeric { return nil }
            let term = Word.normalise(word.lower)
            if moneyMeasures.contains(term) { return term }
            k -= 1
        }
        return nil
    }

    /// How many words before an amount its measure may stand.
    static let moneyReach = 7

    /// Kinds of amount a story usually gives once.
    static let moneyMeasures: WordSet = [
        "cost", "price", "budget", "bill", "fine", "fee", "salary", "revenue", "profit", "loss", "valuation",
        "debt", "deficit", "bail", "ransom", "compensation", "damage", "settlement", "payout", "bonus", "wage",
        "takeover", "acquisition", "overspend", "bailout",
    ]

    /// Shocks other than the main one.
    static let lesserShocks: WordSet = ["aftershock", "foreshock", "tremor"]

    /// Nouns a figure is "of" that say nothing of what it counts.
    static let vagueNouns: WordSet = [
        "total", "maximum", "minimum", "average", "sum", "number", "figure", "rate", "value", "range", "age",
        "aged", "lot", "couple", "handful", "dozen", "score", "tune", "one", "part", "share", "most",
    ]

    /// Counted nouns of many different figures in one story.
    static let commonCounts: WordSet = [
        "people", "person", "men", "man", "women", "woman", "children", "child", "others", "member", "members",
        "time", "times", "thing", "things", "way", "ways", "year", "years", "day", "days", "week", "weeks",
        "month", "months", "hour", "hours", "minute", "minutes", "second", "seconds", "percent",
    ]

    static let bearings: WordSet = [
        "north", "south", "east", "west", "north-west", "north-east", "south-west", "south-east",
        "northwest", "northeast", "southwest", "southeast",
    ]
}
