import FuzzSupport
import Quotient

/// Runs the whole analysis on arbitrary bytes and checks quote, speaker and evidence offsets.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = UnsafeBufferPointer(start: data, count: size)
    guard let analysis = try? Analyzer().analyze(bytes: bytes) else { return 0 }
    let text = String(decoding: bytes, as: UTF8.self)
    let scalars = Array(text.unicodeScalars)
    func check(_ span: TextSpan, _ expected: String, lineBreaksAsSpaces: Bool = false) {
        precondition(span.scalars.upperBound <= scalars.count)
        let sliced = String(String.UnicodeScalarView(scalars[span.scalars]))
        // A mention is written on one line: its slice may break where the mention has a space (or nothing, after
        // a hyphen), so the two agree once white space is left out.
        if lineBreaksAsSpaces {
            precondition(sliced.filter { !$0.isWhitespace } == expected.filter { !$0.isWhitespace })
        } else {
            precondition(sliced == expected)
        }
    }
    for item in analysis.quotes {
        check(item.quote.span, item.quote.text)
        if let speaker = item.quote.speaker { check(speaker.span, speaker.mention, lineBreaksAsSpaces: true) }
        for evidence in item.stance.evidence { check(evidence.span, evidence.text) }
    }
    return 0
}

@_cdecl("FuzzQuotes_main")
public func fuzzerMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    runFuzzer(argc, argv, fuzz)
}
