import Testing

@testable import GraphText

@Suite("Sentences and paragraphs")
struct SentenceTests {
    func sentences(_ raw: String) -> [String] {
        texts(TextDocument(raw))
    }

    func texts(_ doc: TextDocument) -> [String] {
        doc.sentences.map(doc.text(of:))
    }

    @Test("empty text and blank text give no sentences")
    func empty() {
        #expect(TextDocument("").sentences.isEmpty)
        #expect(TextDocument("   \t  ").sentences.isEmpty)
        #expect(TextDocument("\n\n  \n\u{00A0}\n").sentences.isEmpty)
    }

    @Test("a headline line without final punctuation is one sentence")
    func headline() {
        let doc = TextDocument("Combats violents au nord de Homs\nLes rebelles avancent. Le front recule.")
        #expect(
            texts(doc) == [
                "Combats violents au nord de Homs", "Les rebelles avancent.", "Le front recule.",
            ])
        #expect(doc.sentences.map(\.paragraph) == [0, 1, 1])
    }

    @Test("blank lines separate paragraphs and do not count")
    func paragraphs() {
        let doc = TextDocument("Premier paragraphe.\n\n\nSecond paragraphe.\r\n\r\nTroisième.")
        #expect(doc.sentences.map(\.paragraph) == [0, 1, 2])
    }

    @Test("a paragraph repeated verbatim gives sentences once")
    func repeatedParagraph() {
        let raw = """
            Un convoi a été visé près de Hama. Deux blessés.
            Autre nouvelle du jour.
              Un convoi a été visé près de Hama. Deux blessés.\u{00A0}
            Fin.
            """
        let doc = TextDocument(raw)
        #expect(
            texts(doc) == [
                "Un convoi a été visé près de Hama.", "Deux blessés.", "Autre nouvelle du jour.", "Fin.",
            ])
        #expect(doc.sentences.map(\.paragraph) == [0, 0, 1, 3])
    }

    @Test("repeats are found among many paragraphs, early and late ones alike")
    func manyParagraphs() {
        let distinct = (0..<150).map { "Paragraphe numéro \($0) sur la situation." }
        let lines = distinct + [distinct[3], distinct[70], distinct[149], distinct[3]] + ["Fin."]
        let doc = TextDocument(lines.joined(separator: "\n"))
        #expect(doc.sentences.count == 151)
        #expect(doc.sentences.last?.paragraph == 154)
    }

    @Test("paragraphs that differ only in the middle are both kept")
    func nearRepeat() {
        let middle = String(repeating: "des colonnes avancent ", count: 10)
        let raw =
            "Au nord, \(middle)vers Hama.\nAu nord, \(middle.uppercased())vers Hama.\nAu nord, \(middle)vers Hama."
        #expect(sentences(raw).count == 2)
        #expect(TextDocument(raw).sentences.map(\.paragraph) == [0, 1])
    }

    @Test("split after . ! ? … before a capital, a digit or an opening quote")
    func terminators() {
        #expect(
            sentences("Qui tire ? Personne ne sait! Le calme… Revient. 12 morts. « Assez », dit-il.")
                == [
                    "Qui tire ?", "Personne ne sait!", "Le calme…", "Revient.", "12 morts.",
                    "« Assez », dit-il.",
                ])
        #expect(sentences("Il part. et revient.") == ["Il part. et revient."])
    }

    @Test("no split after titles and abbreviations")
    func abbreviations() {
        #expect(sentences("M. Dupont et Mme Durand ont vu MM. Martin et Dr. Petit.").count == 1)
        #expect(
            sentences("Né en 63 av. J.-C. Il mourut en 14 apr. J.-C. selon la p. 12 du vol. 2.").count == 1)
        #expect(sentences("Voir cf. Chapitre 3, ex. Paris, env. Deux mille.").count == 1)
    }

    @Test("no split after initials")
    func initials() {
        #expect(sentences("Le président G. W. Bush a rencontré A. Merkel hier.").count == 1)
    }

    @Test("numbers and dotted acronyms do not split")
    func numbersAndAcronyms() {
        #expect(
            sentences("Le taux passe de 3.5 à 2,5 points. Les U.S.A. Et l'O.N.U. Réagissent.") == [
                "Le taux passe de 3.5 à 2,5 points.", "Les U.S.A. Et l'O.N.U. Réagissent.",
            ])
    }

    @Test("closing quotes after final punctuation stay with their sentence")
    func closingQuotes() {
        #expect(
            sentences("Il a dit : « Nous tiendrons. » Puis il est parti.") == [
                "Il a dit : « Nous tiendrons. »", "Puis il est parti.",
            ])
        #expect(
            sentences("Il a dit : \"Nous tiendrons.\" Puis il est parti.") == [
                "Il a dit : \"Nous tiendrons.\"", "Puis il est parti.",
            ])
        #expect(
            sentences("Il a répété «non!» Ensuite (en privé.) Il a cédé.") == [
                "Il a répété «non!»", "Ensuite (en privé.)", "Il a cédé.",
            ])
    }

    @Test("an ellipsis inside quotes or marking a cut does not split")
    func ellipses() {
        #expect(sentences("« Peut-être… Nous verrons », a-t-il dit.").count == 1)
        #expect(sentences("« Nous verrons… » a-t-il ajouté.").count == 1)
        #expect(sentences("Il a dit \"Attendez... Nous verrons\" hier.").count == 1)
        #expect(sentences("Le texte dit (…) Nous refusons.").count == 1)
        #expect(sentences("Ils attendent... Rien ne vient.").count == 2)
    }

    @Test("a very long line without punctuation is one sentence")
    func longLine() {
        let line = Array(repeating: "des colonnes avancent vers le sud", count: 5_000).joined(separator: " ")
        let doc = TextDocument(line)
        #expect(doc.sentences.count == 1)
        #expect(doc.sentences[0].tokens.count == 30_000)
        #expect(doc.text(of: doc.sentences[0]) == line)
    }

    @Test("sentence ranges are trimmed and match their text")
    func ranges() {
        let doc = TextDocument("  Titre  \n\t Première phrase.   Deuxième phrase ! \n")
        let scalars = Array(doc.text.unicodeScalars)
        #expect(texts(doc) == ["Titre", "Première phrase.", "Deuxième phrase !"])
        for sentence in doc.sentences {
            #expect(String(String.UnicodeScalarView(scalars[sentence.range])) == doc.text(of: sentence))
        }
    }
}
