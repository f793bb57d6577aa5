/// The titles news attaches to people, each with the kind of post it names.
///
/// Two titles conflict only within one kind: a chief executive is not also
/// the chair, and a detective chief inspector is not a superintendent, but
/// a professor may also lead an institute, and a goalkeeper may be the
/// captain. Honorifics (Mr, Dr, Sir) name nobody's post and never conflict.
enum RoleTitles {
    struct Title: Hashable, Sendable {
        /// The canonical title: "chief executive" for "CEO" and "chief executive officer".
        var name: String
        var category: String
    }

    /// Phrases by their lowercase words, longest first when matched.
    static let phrases: [[String]: Title] = {
        var table: [[String]: Title] = [:]
        func add(_ category: String, _ entries: [String: [String]]) {
            for (name, spellings) in entries {
                for spelling in spellings + [name] {
                    table[spelling.split(separator: " ").map(String.init)] = Title(name: name, category: category)
                }
            }
        }
        add("honorific", [
            "mr": ["mister"], "mrs": [], "ms": [], "miss": [], "dr": ["doctor"], "sir": [], "dame": [],
            "lord": [], "lady": [], "rev": ["reverend"],
        ])
        add("police", [
            "constable": ["police constable", "pc"], "sergeant": ["detective sergeant", "ds"],
            "inspector": ["detective inspector", "di"], "chief inspector": ["detective chief inspector", "dci"],
            "superintendent": ["detective superintendent", "det supt", "supt"],
            "chief superintendent": ["detective chief superintendent"], "commander": [],
            "assistant commissioner": [], "deputy assistant commissioner": [], "chief constable": [],
            "deputy chief constable": [], "police commissioner": ["metropolitan police commissioner"],
        ])
        add("executive", [
            "chief executive": ["chief executive officer", "ceo"], "chair": ["chairman", "chairwoman", "chairperson"],
            "vice-president": ["vice president"], "senior vice-president": ["senior vice president"],
            "executive vice-president": ["executive vice president"], "chief operating officer": ["coo"],
            "chief financial officer": ["cfo", "finance director"], "managing director": [],
            "chief technology officer": ["cto"],
        ])
        // Held together with any executive post ("chairman and chief
        // executive", "founder and chief executive"), so never in conflict
        // with one.
        add("president", ["president": []])
        add("founder", ["founder": ["co-founder", "cofounder"]])
        add("government", [
            "prime minister": [], "deputy prime minister": [], "chancellor": ["chancellor of the exchequer"],
            "secretary of state": ["us secretary of state"], "home secretary": ["interior minister"],
            "defence secretary": ["defense secretary", "defence minister", "defense minister"], "health secretary": [], "national security adviser": ["national security advisor"],
            "chief of staff": ["white house chief of staff"], "attorney general": [], "press secretary": ["white house press secretary"],
            "foreign minister": ["foreign secretary"], "finance minister": [], "treasury secretary": [], "vice-president of the united states": [],
            "mayor": [], "governor": [], "minister": [], "ambassador": [],
        ])
        // A leader of a chamber is also one of its members.
        add("legislator", ["senator": ["sen"], "representative": ["rep", "congressman", "congresswoman"]])
        add("chamber leader", [
            "speaker": ["speaker of the house"], "majority leader": [], "minority leader": [], "majority whip": [],
            "minority whip": [],
        ])
        add("judiciary", [
            "judge": ["district judge", "circuit judge"], "chief justice": [], "magistrate": [],
        ])
        add("sport", [
            "goalkeeper": ["keeper"], "defender": ["centre-back", "center-back", "full-back", "fullback"],
            "midfielder": [], "striker": ["forward", "centre-forward"], "winger": [], "coach": ["head coach"],
            "manager": [],
        ])
        add("academic", [
            "professor": ["prof"], "lecturer": [], "dean": [], "vice-chancellor": [],
        ])
        return table
    }()

    /// Verbs that give a post: "who chairs the CMA", "who heads Ofcom".
    static let verbs: WordMap<Title> = [
        "chairs": Title(name: "chair", category: "executive"),
        "chaired": Title(name: "chair", category: "executive"),
        "coaches": Title(name: "coach", category: "sport"),
        "manages": Title(name: "manager", category: "sport"),
    ]

    /// The longest title starting at word `start`, and its last word.
    static func match(_ words: [Word], at start: Int) -> (title: Title, last: Int)? {
        guard start < words.count, let lengths = lengthsByFirstWord[bare(words[start].lower)] else { return nil }
        for length in lengths where length <= words.count - start {
            let key = words[start..<(start + length)].map { bare($0.lower) }
            if let title = phrases[key] { return (title, start + length - 1) }
        }
        return nil
    }

    /// Per first word of a title, the lengths in words of the titles it
    /// starts, longest first: most words start none (``match(_:at:)`` is
    /// tried at every word of every sentence), and for the rest only those
    /// lengths are looked up, where trying every length up to the longest
    /// title's built and hashed a phrase for each.
    static let lengthsByFirstWord: WordMap<[Int]> = {
        var lengths: [String: Set<Int>] = [:]
        for key in phrases.keys { if let first = key.first { lengths[first, default: []].insert(key.count) } }
        return WordMap(lengths.mapValues { $0.sorted(by: >) })
    }()

    /// A word without possessive ending or abbreviation point.
    static func bare(_ word: String) -> String {
        word.hasASCIISuffix("'s") ? String(word.dropLast(2)) : word
    }
}
