import Testing

@testable import GraphText

@Suite("Tokens")
struct TokenTests {
    /// A token with its strings, as the tests compare them.
    struct Cut {
        var token: Token
        var text: String
        var key: String
        var kind: TokenKind { token.kind }
        var isCapitalized: Bool { token.isCapitalized }
        var isAcronym: Bool { token.isAcronym }
    }

    func tokens(_ raw: String) -> [Cut] {
        let doc = TextDocument(raw)
        return doc.sentences.flatMap(\.tokens).map {
            Cut(token: $0, text: doc.text(of: $0), key: doc.key(of: $0))
        }
    }

    func texts(_ raw: String) -> [String] {
        tokens(raw).map(\.text)
    }

    @Test("token ranges index the normalised text in Unicode scalars")
    func offsets() {
        let raw =
            "Ligne\u{00A0}un\r\n\r\nL’armée d’Assad a tiré\u{202F}!\u{7} Cafe\u{301} « noir » ; 14\u{202F}000 obus."
        let doc = TextDocument(raw)
        let scalars = Array(doc.text.unicodeScalars)
        let bytes = Array(doc.text.utf8)
        let all = tokens(raw)
        #expect(!all.isEmpty)
        for cut in all {
            #expect(String(String.UnicodeScalarView(scalars[cut.token.range])) == cut.text)
            #expect(String(decoding: bytes[cut.token.utf8], as: UTF8.self) == cut.text)
        }
        #expect(all.contains { $0.text == "Café" && $0.key == "cafe" })
        #expect(all.contains { $0.text == "14 000" && $0.kind == .number })
    }

    @Test("French elisions are tokens of their own, apostrophe included")
    func elisions() {
        let all = tokens(
            "L'armée d'Alep s'est retirée jusqu'à l'aube, qu'on dise lorsqu'il part puisqu'elle reste.")
        let elisions = all.filter { $0.kind == .elision }.map(\.text)
        #expect(elisions == ["L'", "d'", "s'", "jusqu'", "l'", "qu'", "lorsqu'", "puisqu'"])
        #expect(all[0].key == "l'" && all[0].isCapitalized)
        #expect(all[1].text == "armée" && all[1].kind == .word)
        #expect(
            texts("D’Idleb, c’est n’importe quoi, quoiqu’il m’en coûte et t’en dise.").filter {
                $0.hasSuffix("'")
            } == [
                "D'", "c'", "n'", "quoiqu'", "m'", "t'",
            ])
        #expect(texts("de l'«opposition»") == ["de", "l'", "«", "opposition", "»"])
    }

    @Test("other inner apostrophes stay inside the word")
    func innerApostrophes() {
        #expect(
            texts("aujourd'hui presqu'île Hay'at don't Assad's") == [
                "aujourd'hui", "presqu'île", "Hay'at", "don't", "Assad's",
            ])
        #expect(texts("les rebelles' armes") == ["les", "rebelles", "'", "armes"])
    }

    @Test("inner hyphens join words, other hyphens are punctuation")
    func hyphens() {
        #expect(
            texts("Hayat Tahrir al-Cham et Al-Qaïda au nord-ouest") == [
                "Hayat", "Tahrir", "al-Cham", "et", "Al-Qaïda", "au", "nord-ouest",
            ])
        #expect(texts("un F-16 - abattu -") == ["un", "F-16", "-", "abattu", "-"])
    }

    @Test("numbers keep French grouping, decimals and ordinal suffixes")
    func numbers() {
        let all = tokens(
            "Il y a 14 000 réfugiés, 1 200 000 déplacés, 2,5 % et 3.5 km le 1er et le 20e jour de 2024.")
        let numbers = all.filter { $0.kind == .number }.map(\.text)
        #expect(numbers == ["14 000", "1 200 000", "2,5", "3.5", "1er", "20e", "2024"])
        #expect(texts("en 2020 200 personnes") == ["en", "2020", "200", "personnes"])
        #expect(texts("10km et 12 00") == ["10", "km", "et", "12", "00"])
    }

    @Test("punctuation is one character per token")
    func punctuation() {
        let all = tokens("« Non » (dit-il) ; oui : fin… – — ?!")
        #expect(
            all.filter { $0.kind == .punctuation }.map(\.text) == [
                "«", "»", "(", ")", ";", ":", "…", "–", "—", "?", "!",
            ])
    }

    @Test("keys are lower-case without accents, capitals are flagged")
    func keys() {
        let all = tokens("Qaïda Œuvre ÉTAT Français ça cœur Ærø Straße")
        #expect(all.map(\.key) == ["qaida", "oeuvre", "etat", "francais", "ca", "coeur", "aero", "strasse"])
        #expect(all.map(\.isCapitalized) == [true, true, true, true, false, false, true, true])
        #expect(tokens("Москва αθήνα")[0].key == "москва")
        #expect(tokens("42 ,")[0].isCapitalized == false)
    }

    @Test("TextKey keys free text as tokens are keyed")
    func textKey() {
        #expect(TextKey.key("Hayat Tahrir Al-Chām") == "hayat tahrir al-cham")
        #expect(TextKey.key("L’Observatoire") == "l'observatoire")
        #expect(TextKey.key("alep") == "alep")
    }

    @Test("dotted acronyms are one word")
    func acronyms() {
        #expect(texts("les U.S.A. et l'O.N.U.") == ["les", "U.S.A.", "et", "l'", "O.N.U."])
        #expect(texts("J.-C.") == ["J", ".", "-", "C", "."])
    }

    @Test("acronyms are flagged: two or more letters, none lower-case")
    func acronymFlag() {
        let all = tokens("L'ONU, la RDC, HTS, U.S.A., É.-U., Ok, A, ОБСЕ, États-Unis, F-16")
        let flagged = all.filter(\.isAcronym).map(\.text)
        #expect(flagged == ["ONU", "RDC", "HTS", "U.S.A.", "ОБСЕ"])
    }

    /// Numbers the keys it knows from 0, others -1, and records what it was asked.
    final class Numbering: KeyNumbering, @unchecked Sendable {
        let known: [String]
        var asked: [String] = []
        init(_ known: [String]) { self.known = known }
        func number(key utf8: UnsafeBufferPointer<UInt8>) -> Int32 {
            let key = String(decoding: utf8, as: UTF8.self)
            asked.append(key)
            return known.firstIndex(of: key).map(Int32.init) ?? -1
        }
    }

    @Test("a numbering sees every token's key and numbers it")
    func numbering() {
        let numbering = Numbering(["alep", "l'", "qaida", ","])
        let raw = "L'Alep d'Al-Qaïda, Москва et 14 000 Qaïda."
        let doc = TextDocument(raw, numbering: numbering)
        let all = doc.sentences.flatMap(\.tokens)
        #expect(numbering.asked == all.map(doc.key(of:)))
        #expect(all.map(\.word) == [1, 0, -1, -1, 3, -1, -1, -1, 2, -1])
        #expect(TextDocument(raw).sentences[0].tokens.allSatisfy { $0.word == -1 })
    }

    @Test("a phrase is written with single spaces, none after an elision")
    func phrase() {
        let doc = TextDocument("l'Observatoire   syrien\tdes droits de l' homme (OSDH)")
        let all = doc.sentences[0].tokens
        #expect(doc.phrase(all[...]) == "l'Observatoire syrien des droits de l'homme (OSDH)")
        #expect(doc.phrase(all[2..<4]) == "syrien des")
        #expect(doc.phrase(all[0..<0]) == "")
    }
}
