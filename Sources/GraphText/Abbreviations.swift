/// The data of the sentence splitter: words after which a period does not end a sentence.
///
/// This is the one place to extend. Entries are keys (`TextKey`: lower-case, no accents) of the
/// word written just before the period, so "Mme." and "mme." match alike.
/// Single capital letters ("G. W. Bush", "A. Merkel", the "C." of "J.-C.") are initials and
/// never end a sentence either; that rule lives in `SentenceSplitter`.
/// "etc." is deliberately absent: followed by a capital, it nearly always ends a sentence.
enum Abbreviations {
    static let words: Set<String> = [
        // French titles and ranks
        "m", "mm", "mme", "mmes", "mlle", "mlles", "mgr", "me", "dr", "pr", "st", "ste", "sts", "stes",
        "gal", "gen", "col", "cdt", "cne", "lt", "sgt", "adj",
        // French references and measures
        "av", "apr", "env", "p", "pp", "vol", "cf", "ex", "art", "chap", "fig", "ed", "ibid", "op", "cit",
        "no", "nos", "tel", "vs", "approx", "suiv", "hab",
        // French months
        "janv", "fevr", "avr", "juil", "sept", "oct", "nov", "dec",
        // English titles
        "mr", "mrs", "ms", "jr", "sr", "prof", "gov", "sen", "rep", "capt", "maj", "adm", "rev", "hon",
        "dept", "jan", "feb", "mar", "aug", "al",
    ]
}
