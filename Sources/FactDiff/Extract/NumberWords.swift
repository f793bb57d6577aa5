/// The English words the number extractor reads: numbers spelled out,
/// scales, units, currencies and hedges.
enum NumberWords {
    static let cardinals: WordMap<Double> = [
        "zero": 0, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
        "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
        "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
        "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
        "dozen": 12,
    ]
    /// "one" is a pronoun as often as a number: it counts only before a unit.
    static let one: WordSet = ["one", "a", "an"]

    static let tens: WordSet = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]

    /// Fractions as words, as shares of one.
    static let fractions: WordMap<Double> = [
        "half": 0.5, "third": 1.0 / 3, "thirds": 1.0 / 3, "quarter": 0.25, "quarters": 0.25,
        "fifth": 0.2, "fifths": 0.2, "tenth": 0.1, "tenths": 0.1,
    ]

    /// Words and suffixes that multiply the number before them.
    static let scales: WordMap<Double> = [
        "hundred": 100, "thousand": 1_000, "k": 1_000, "million": 1_000_000, "mn": 1_000_000, "m": 1_000_000,
        "billion": 1_000_000_000, "bn": 1_000_000_000, "b": 1_000_000_000, "trillion": 1e12, "tn": 1e12,
    ]

    /// Units with their dimension and size in the base unit.
    static let units: [String: (NumberMention.Dimension, Double)] = {
        var table: [String: (NumberMention.Dimension, Double)] = [:]
        func add(_ names: [String], _ dimension: NumberMention.Dimension, _ size: Double) {
            for name in names { table[name] = (dimension, size) }
        }
        add(["second", "seconds", "sec", "secs"], .duration, 1)
        add(["minute", "minutes", "min", "mins"], .duration, 60)
        add(["hour", "hours", "hr", "hrs"], .duration, 3_600)
        add(["day", "days"], .duration, 86_400)
        add(["week", "weeks"], .duration, 604_800)
        add(["fortnight", "fortnights"], .duration, 1_209_600)
        add(["month", "months"], .duration, 2_629_800)
        add(["year", "years"], .duration, 31_557_600)
        add(["decade", "decades"], .duration, 315_576_000)
        add(["km", "kilometre", "kilometres", "kilometer", "kilometers"], .length, 1_000)
        add(["metre", "metres", "meter", "meters"], .length, 1)
        add(["cm", "centimetre", "centimetres", "centimeter", "centimeters"], .length, 0.01)
        add(["mm", "millimetre", "millimetres", "millimeter", "millimeters"], .length, 0.001)
        add(["mile", "miles", "mi"], .length, 1_609.344)
        add(["foot", "feet", "ft"], .length, 0.3048)
        add(["inch", "inches"], .length, 0.0254)
        add(["yard", "yards"], .length, 0.9144)
        add(["kg", "kilo", "kilos", "kilogram", "kilograms", "kilogramme", "kilogrammes"], .mass, 1)
        add(["gram", "grams", "gramme", "grammes"], .mass, 0.001)
        add(["tonne", "tonnes", "ton", "tons"], .mass, 1_000)
        add(["lb", "lbs"], .mass, 0.453_592_37)
        add(["ounce", "ounces", "oz"], .mass, 0.028_349_523)
        add(["stone"], .mass, 6.350_293)
        return table
    }()

    /// The unit each dimension is written in when nothing was converted.
    static let metric: WordSet = [
        "km", "kilometre", "kilometres", "kilometer", "kilometers", "metre", "metres", "meter", "meters",
        "cm", "centimetre", "centimetres", "centimeter", "centimeters", "mm", "millimetre", "millimetres",
        "kg", "kilo", "kilos", "kilogram", "kilograms", "tonne", "tonnes", "gram", "grams",
    ]

    /// Currency signs as the cleaned text has them (the letters before "$"
    /// name the dollar: "US$", "A$").
    static let signs: WordMap<String> = ["£": "GBP", "€": "EUR", "¥": "JPY", "₹": "INR"]
    static let dollarPrefixes: WordMap<String> = [
        "us": "USD", "a": "AUD", "au": "AUD", "c": "CAD", "ca": "CAD", "hk": "HKD", "nz": "NZD", "s": "SGD",
    ]

    /// Currency names and codes written after the number.
    static let currencyWords: WordMap<String> = [
        "dollars": "USD", "dollar": "USD", "usd": "USD", "pounds": "GBP", "sterling": "GBP", "gbp": "GBP",
        "euros": "EUR", "euro": "EUR", "eur": "EUR", "yen": "JPY", "jpy": "JPY", "kronor": "SEK", "krona": "SEK",
        "sek": "SEK", "nok": "NOK", "dkk": "DKK", "rupees": "INR", "yuan": "CNY", "renminbi": "CNY",
        "roubles": "RUB", "rubles": "RUB", "francs": "CHF", "chf": "CHF", "rand": "ZAR", "pesos": "MXN",
    ]
    /// "Danish kroner", "Australian dollars": the adjective decides.
    static let currencyAdjectives: [String: [String: String]] = [
        "kroner": ["norwegian": "NOK", "danish": "DKK"],
        "krone": ["norwegian": "NOK", "danish": "DKK"],
        "dollars": ["us": "USD", "american": "USD", "australian": "AUD", "canadian": "CAD", "singapore": "SGD",
                    "hong": "HKD", "zealand": "NZD"],
        "pesos": ["argentine": "ARS", "mexican": "MXN", "chilean": "CLP", "colombian": "COP"],
        "francs": ["swiss": "CHF"],
    ]

    /// Words before a number that bend it, one or two words long.
    static let hedges: [String: NumberMention.Hedge] = [
        "about": .approximately, "around": .approximately, "roughly": .approximately,
        "approximately": .approximately, "some": .approximately, "circa": .approximately,
        "estimated": .approximately, "nearly": .nearly, "almost": .nearly, "over": .atLeast,
        "under": .atMost, "within": .atMost, "below": .atMost, "maximum": .atMost, "upwards": .atLeast,
        "minimum": .atLeast, "exceeding": .atLeast,
    ]
    static let twoWordHedges: [String: [String: NumberMention.Hedge]] = [
        "at": ["least": .atLeast, "most": .atMost],
        "more": ["than": .atLeast],
        "over": ["than": .atLeast],
        "greater": ["than": .atLeast],
        "fewer": ["than": .atMost],
        "less": ["than": .atMost],
        "up": ["to": .atMost],
        "close": ["to": .nearly],
        "maximum": ["of": .atMost],
        "minimum": ["of": .atLeast],
        "upwards": ["of": .atLeast],
        "just": ["over": .atLeast, "under": .atMost],
        "as": ["many": .atMost, "much": .atMost],
        "space": ["of": .atMost],
    ]

    /// Verbs after which "up to" means "to": "rose up to 4%".
    static let motionVerbs: WordSet = [
        "rise", "rises", "rose", "risen", "edge", "edged", "edges", "go", "goes", "went", "gone", "climb",
        "climbed", "jump", "jumped", "move", "moved", "push", "pushed", "shoot", "shot", "tick", "ticked",
        "creep", "crept", "revised", "ramp", "ramped", "step", "stepped",
    ]

    /// Words next to a number that make it the score of a shoot-out.
    static let penaltyWords: WordSet = [
        "penalties", "penalty", "shoot-out", "shootout", "spot-kicks", "pens",
    ]

    /// Words after which "N" is a rate's denominator: "$95 a share".
    static let rateMarkers: WordSet = ["a", "an", "per", "each"]
}
