using ArmsTransferTracker.Extraction.Attribution;
using ArmsTransferTracker.Extraction.Mentions;
using ArmsTransferTracker.Extraction.Story;
using ArmsTransferTracker.Syntax;

namespace ArmsTransferTracker.Extraction.Tests.Attribution;

/// <summary>
/// A trailing "said" whose subject the parser put across the claim: the speaker is read from the words just before the
/// verb. The parses here are written by hand, as the parser makes them on long news sentences it gets wrong.
/// </summary>
public class TrailingSpeakerTests
{
    // Form, part of speech, head and relation of each word, the claim's subject taken for the speaker's.
    private static readonly (string Form, string Upos, int Head, string Relation)[] IranSentDronesKimSaid =
    [
        ("Iran", "PROPN", 15, "nsubj"), ("sent", "VERB", 15, "ccomp"), ("drones", "NOUN", 2, "obj"), ("to", "ADP", 5, "case"),
        ("Sudan", "PROPN", 2, "obl"), (",", "PUNCT", 8, "punct"), ("the", "DET", 8, "det"), ("minister", "NOUN", 1, "appos"),
        (",", "PUNCT", 10, "punct"), ("Kim", "PROPN", 8, "appos"), ("Seo", "PROPN", 10, "flat"), ("-", "PUNCT", 13, "punct"),
        ("yeon", "PROPN", 10, "flat"), (",", "PUNCT", 15, "punct"), ("said", "VERB", 0, "root"), (".", "PUNCT", 15, "punct"),
    ];

    [Fact]
    public void A_hyphenated_name_before_a_trailing_said_is_the_speaker()
    {
        var attributions = AttributionReader.Read(SentenceMentions.Find(Sentence(IranSentDronesKimSaid)));

        attributions.Should().Contain(a => a.Speaker.Name == "Kim Seo-yeon" && a.Cue == Cue.Asserts && a.Governs(2));
    }

    private static readonly Dictionary<string, string> Lemmas = new() { ["sent"] = "send", ["drones"] = "drone", ["said"] = "say" };

    // The words laid out as written: a space between words, none around a hyphen that joins a name.
    private static StorySentence Sentence((string Form, string Upos, int Head, string Relation)[] words)
    {
        var parsed = new List<SyntaxWord>();
        var at = 0;
        for (var i = 0; i < words.Length; i++)
        {
            var (form, upos, head, relation) = words[i];
            var joined = i > 0 && (form is "," or "." or "-" || words[i - 1].Form == "-");
            if (i > 0 && !joined) at++;
            parsed.Add(new SyntaxWord(i + 1, form, at, at + form.Length, upos, Lemmas.GetValueOrDefault(form, form), head, relation));
            at += form.Length;
        }
        return new StorySentence(0, 1, 0, at, false, false, new ParsedSentence(0, at, parsed));
    }
}
