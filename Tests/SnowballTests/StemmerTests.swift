import Snowball
import Testing

@Suite struct StemmerTests {
    @Test func englishStemsInflectionsTogether() throws {
        let stemmer = try #require(Stemmer())
        #expect(stemmer.stem("talks") == stemmer.stem("talking"))
        #expect(stemmer.stem("talked") == "talk")
        #expect(stemmer.stem("generously") == "generous")
        #expect(stemmer.stem("meeting") == "meet")
    }

    @Test func unknownAlgorithmIsNil() {
        #expect(Stemmer(algorithm: "klingon") == nil)
        #expect(Stemmer.algorithms.contains("english"))
    }

    @Test func nonASCIIAndEmptyWordsSurvive() throws {
        let stemmer = try #require(Stemmer())
        #expect(stemmer.stem("") == "")
        #expect(stemmer.stem("café") == stemmer.stem("café"))
        #expect(!stemmer.stem("日本").isEmpty)
    }
}
