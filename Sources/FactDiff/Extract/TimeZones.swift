/// Time zones and places whose offset from UTC a time mention may take.
///
/// Only offsets that hold all year are given: "EST" is always UTC-5, but
/// "Eastern time" is -5 or -4 by season, so it is kept as a name that only
/// matches itself. Abbreviations that stand for several zones (IST: India,
/// Ireland, Israel; CST: China, US Central) are names without an offset for
/// the same reason.
enum TimeZones {
    /// Upper-case abbreviations, lowercased, with their offset in minutes.
    static let abbreviations: [String: Int?] = [
        "gmt": 0, "utc": 0, "bst": 60, "cet": 60, "cest": 120, "eet": 120, "eest": 180, "wet": 0,
        "west": 60, "msk": 180, "est": -300, "edt": -240, "cdt": -300, "mst": -420, "mdt": -360,
        "pst": -480, "pdt": -420, "akst": -540, "hst": -600, "jst": 540, "kst": 540, "sgt": 480,
        "hkt": 480, "aest": 600, "aedt": 660, "acst": 570, "awst": 480, "nzst": 720, "nzdt": 780,
        "npt": 345, "pkt": 300, "wib": 420, "sast": 120, "wat": 60, "cat": 120, "eat": 180,
        "ist": nil, "cst": nil, "ast": nil, "gst": nil, "et": nil, "pt": nil, "ct": nil, "mt": nil,
    ]

    /// Zone names of two to four words, lowercased and joined by spaces;
    /// the value is the abbreviation they normalise to and its offset.
    static let names: [String: (name: String, offset: Int?)] = [
        "greenwich mean time": ("GMT", 0), "universal time": ("UTC", 0),
        "coordinated universal time": ("UTC", 0), "british summer time": ("BST", 60),
        "central european time": ("CET", 60), "central european summer time": ("CEST", 120),
        "eastern standard time": ("EST", -300), "eastern daylight time": ("EDT", -240),
        "central standard time": ("CST", -360), "pacific standard time": ("PST", -480),
        "pacific daylight time": ("PDT", -420), "india standard time": ("IST", 330),
        "indian standard time": ("IST", 330), "japan standard time": ("JST", 540),
        "korea standard time": ("KST", 540), "china standard time": ("CST", 480),
        "eastern time": ("ET", nil), "pacific time": ("PT", nil), "central time": ("CT", nil),
        "mountain time": ("MT", nil), "uk time": ("UK time", nil), "british time": ("UK time", nil),
    ]

    /// Places that keep one offset all year, by lowercased name (one or two
    /// words). A clock time in a sentence that names one of these, and no
    /// other with a different offset, is read as that place's time. Names
    /// that are also common first names or words (Jordan, Chad) are left out.
    static let places: WordMap<Int> = [
        "singapore": 480, "china": 480, "beijing": 480, "shanghai": 480, "hong kong": 480,
        "taiwan": 480, "taipei": 480, "philippines": 480, "manila": 480, "malaysia": 480,
        "kuala lumpur": 480, "perth": 480, "japan": 540, "tokyo": 540, "osaka": 540, "seoul": 540,
        "south korea": 540, "pyongyang": 540, "north korea": 540, "india": 330, "delhi": 330,
        "new delhi": 330, "mumbai": 330, "kolkata": 330, "chennai": 330, "bengaluru": 330,
        "bangalore": 330, "hyderabad": 330, "sri lanka": 330, "colombo": 330, "nepal": 345,
        "kathmandu": 345, "pakistan": 300, "islamabad": 300, "karachi": 300, "lahore": 300,
        "bangladesh": 360, "dhaka": 360, "thailand": 420, "bangkok": 420, "vietnam": 420,
        "hanoi": 420, "jakarta": 420, "moscow": 180, "turkey": 180, "istanbul": 180, "ankara": 180,
        "qatar": 180, "doha": 180, "saudi arabia": 180, "riyadh": 180, "kuwait": 180, "iraq": 180,
        "baghdad": 180, "dubai": 240, "abu dhabi": 240, "uae": 240, "kenya": 180, "nairobi": 180,
        "ethiopia": 180, "addis ababa": 180, "nigeria": 60, "lagos": 60, "abuja": 60,
        "south africa": 120, "johannesburg": 120, "cape town": 120, "pretoria": 120, "ghana": 0,
        "accra": 0, "iceland": 0, "reykjavik": 0, "argentina": -180, "buenos aires": -180,
        "peru": -300, "lima": -300, "colombia": -300, "bogota": -300, "brisbane": 600,
        "queensland": 600,
    ]
}
