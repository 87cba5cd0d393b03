import FuzzSupport
import Quotient

/// Parses arbitrary text as a stance lexicon and as a VADER lexicon; whatever loads must score any text.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    let source = LexiconSource(name: "fuzz.txt", text: text)
    if let lexicon = try? StanceLexicon(sources: [source]) {
        let scorer = StanceScorer(lexicon: lexicon)
        _ = try? scorer.stance(of: text)
    }
    if let valence = try? ValenceLexicon(words: source) {
        let scorer = ValenceScorer(lexicon: valence)
        _ = scorer.scores(text)
    }
    return 0
}

@_cdecl("FuzzLexicon_main")
public func fuzzerMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    runFuzzer(argc, argv, fuzz)
}
