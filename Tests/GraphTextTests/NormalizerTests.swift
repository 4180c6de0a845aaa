import Testing

@testable import GraphText

@Suite("TextNormalizer")
struct NormalizerTests {
    @Test("typographic apostrophes become ASCII apostrophes")
    func apostrophes() {
        #expect(
            TextNormalizer.normalize("l’armée, l‘île, ʼa, d´or, l`eau") == "l'armée, l'île, 'a, d'or, l'eau")
    }

    @Test("non-breaking, narrow and other Unicode spaces become plain spaces")
    func spaces() {
        #expect(
            TextNormalizer.normalize("12\u{202F}500 soldats\u{00A0}: «\u{00A0}non\u{2009}»")
                == "12 500 soldats : « non »")
        #expect(TextNormalizer.normalize("a\u{3000}b\u{2003}c") == "a b c")
    }

    @Test("CRLF, CR and Unicode line separators become LF")
    func lineBreaks() {
        #expect(
            TextNormalizer.normalize("un\r\ndeux\rtrois\u{2028}quatre\u{85}cinq")
                == "un\ndeux\ntrois\nquatre\ncinq")
    }

    @Test("control and invisible format characters are dropped, tabs and line feeds kept")
    func controls() {
        #expect(TextNormalizer.normalize("a\u{0}b\u{7}c\td\u{7F}e\nf\u{9B}g") == "abc\tde\nfg")
        #expect(TextNormalizer.normalize("Da\u{AD}mas\u{200B} \u{FEFF}Homs\u{200F}") == "Damas Homs")
    }

    @Test("hyphens become -, figure dash and minus become the en dash, the bar the em dash")
    func dashes() {
        #expect(TextNormalizer.normalize("nord\u{2010}ouest, sud\u{2011}est") == "nord-ouest, sud-est")
        #expect(TextNormalizer.normalize("1\u{2012}2 \u{2212}3 \u{2015} fin – — -") == "1–2 –3 — fin – — -")
    }

    @Test("decomposed text is composed (NFC)")
    func composition() {
        #expect(TextNormalizer.normalize("e\u{301}te\u{301}") == "été")
        #expect(Array(TextNormalizer.normalize("Qai\u{308}da").unicodeScalars).count == 5)
        // An apostrophe hidden behind a compatibility singleton is still unified.
        #expect(TextNormalizer.normalize("l\u{1FEF}e\u{301}te\u{301}") == "l'été")
    }

    @Test("the eight-byte ASCII fast path still maps backticks, controls and DEL")
    func asciiRuns() {
        #expect(
            TextNormalizer.normalize("abcdefgh`ijklmnop\u{7}qrstuvwx\u{7F}yz0123456\r\n789abcdef")
                == "abcdefgh'ijklmnopqrstuvwxyz0123456\n789abcdef")
    }

    @Test("already clean text is returned unchanged")
    func unchanged() {
        let text = "Les forces du régime « avancent » à Alep."
        #expect(TextNormalizer.normalize(text) == text)
        #expect(TextNormalizer.normalize("") == "")
    }
}
