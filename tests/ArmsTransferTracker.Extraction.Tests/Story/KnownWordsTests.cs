using ArmsTransferTracker.Extraction.Story;
using ArmsTransferTracker.Syntax.Text;

namespace ArmsTransferTracker.Extraction.Tests.Story;

/// <summary>What the story stage tells the tagger about a sentence's words before it is parsed.</summary>
public class KnownWordsTests
{
    private static IReadOnlySet<string>? AllowedFor(string sentence, string word)
    {
        var tokens = Tokenizer.Tokenize(sentence);
        var allowed = StoryReader.KnownWords(tokens);
        var index = tokens.ToList().FindIndex(t => t.Text == word);
        return allowed?[index];
    }

    [Theory]
    [InlineData("Minsk on Friday dismissed the reports as lies.", "dismissed")]
    [InlineData("The army on Saturday accused the rebels of lying.", "accused")]
    [InlineData("The ministry last week delivered the first jets.", "delivered")]
    [InlineData("Kenya's navy confirmed on Friday that two frigates had arrived from Spain.", "confirmed")]
    public void A_past_verb_of_speech_denial_or_transfer_next_to_a_day_is_a_past_tense(string sentence, string verb) =>
        AllowedFor(sentence, verb).Should().BeEquivalentTo(["VERB|VBD"]);

    [Theory]
    [InlineData("Officials said on Saturday armed men attacked the depot.", "armed")]
    [InlineData("The convoy left on Monday loaded with shells.", "loaded")]
    public void Other_words_after_a_day_are_left_to_the_tagger(string sentence, string word) =>
        AllowedFor(sentence, word).Should().BeNull();

    [Theory]
    [InlineData("Chad's military and the police said they had seized rifles.")]
    [InlineData("The rifles were sold to the Sudanese military and they ended up with the RSF, officials said.")]
    public void A_regime_word_joined_to_another_body_or_clause_is_a_noun(string sentence) =>
        AllowedFor(sentence, "military").Should().BeEquivalentTo(["NOUN"]);

    [Fact]
    public void A_regime_word_joined_to_another_adjective_is_left_to_the_tagger() =>
        AllowedFor("Russia's military and economic aid to Mali has grown, officials said.", "military").Should().BeNull();

    [Theory]
    [InlineData("Egypt bought drones from China last year, officials said.", "bought")]
    [InlineData("The army has bought tanks from Korea, officials said.", "bought")]
    public void A_form_of_a_verb_of_transfer_right_before_the_goods_is_a_verb(string sentence, string verb) =>
        AllowedFor(sentence, verb).Should().BeEquivalentTo(["VERB"]);

    [Theory]
    [InlineData("Minsk bought hundreds of mortars from Belgrade, officials said.", "bought")]
    [InlineData("Nepal bought dozens of new rifles, officials said.", "bought")]
    [InlineData("Laos bought 12 helicopters from Moscow, officials said.", "bought")]
    public void A_form_of_a_verb_of_transfer_before_the_amount_the_goods_come_in_is_a_verb(string sentence, string verb) =>
        AllowedFor(sentence, verb).Should().BeEquivalentTo(["VERB"]);

    [Fact]
    public void A_noun_of_transfer_before_the_goods_it_is_of_is_left_to_the_tagger() =>
        AllowedFor("Armenia's purchases of howitzers from India drew protests.", "purchases").Should().BeNull();

    [Theory]
    [InlineData("Ghana rejected a story by the news site Ga24 accusing it of selling rifles.", "Ga24")]
    [InlineData("Officials told the broadcaster Kanal7 that the rifles had arrived.", "Kanal7")]
    public void A_capitalised_word_of_letters_and_digits_is_a_name(string sentence, string word) =>
        AllowedFor(sentence, word).Should().BeEquivalentTo(["PROPN", "NOUN"]);

    [Fact]
    public void Bound_to_is_left_to_the_tagger() =>
        AllowedFor("Kenya is bound to buy more drones, officials said.", "bound").Should().BeNull();

    [Fact]
    public void A_form_of_arming_before_the_goods_is_left_to_the_tagger() =>
        AllowedFor("Iran sent armed quadcopters to Russia, officials said.", "armed").Should().BeNull();

    [Theory]
    [InlineData("Lee")]
    [InlineData("Jae")]
    [InlineData("won")]
    public void A_family_name_and_a_hyphenated_given_name_are_names(string part) =>
        AllowedFor("The deal is done, agency official Lee Jae-won told reporters.", part).Should().BeEquivalentTo(["PROPN"]);

    [Theory]
    [InlineData("Dutch Trade Minister Tomas van der Heijl said the radars were sold.", "van")]
    [InlineData("Dutch Trade Minister Tomas van der Heijl said the radars were sold.", "der")]
    [InlineData("Inés de la Vega, a Chilean diplomat, said Peru had bought helicopters.", "la")]
    public void A_particle_between_the_words_of_a_name_is_a_name(string sentence, string particle) =>
        AllowedFor(sentence, particle).Should().BeEquivalentTo(["PROPN"]);

    [Theory]
    [InlineData("Why do Western governments keep selling rifles to Chad?", "do")]
    [InlineData("The shells were sold by de facto authorities in Tripoli.", "de")]
    public void A_particle_not_between_the_words_of_a_name_is_left_to_the_tagger(string sentence, string particle) =>
        AllowedFor(sentence, particle).Should().BeNull();

    [Theory]
    [InlineData("The Shahed-type drones flew in low, officials said.", "type")]
    [InlineData("The Saudi Arabia-led coalition said it had seized rifles.", "led")]
    public void A_word_joined_to_a_name_by_a_hyphen_is_left_to_the_tagger(string sentence, string word) =>
        AllowedFor(sentence, word).Should().BeNull();

    [Theory]
    [InlineData("Sudan's army accused Chad of arming the paramilitary Rapid Support Forces.", "paramilitary")]
    [InlineData("Kinshasa says Kigali backs the insurgent M23 in the east.", "insurgent")]
    [InlineData("Ethiopia accused neighbouring Sudan of arming the rebels.", "neighbouring")]
    public void A_word_that_describes_a_group_or_a_state_before_its_name_is_an_adjective(string sentence, string word) =>
        AllowedFor(sentence, word).Should().BeEquivalentTo(["ADJ"]);

    [Theory]
    [InlineData("The drones reached the Houthis in May.", "reached")]
    [InlineData("Diplomats said the war Sudan is fighting goes on.", "war")]
    public void A_word_not_between_the_and_a_groups_name_or_before_a_state_is_left_to_the_tagger(string sentence, string word) =>
        AllowedFor(sentence, word).Should().BeNull();

    [Theory]
    [InlineData("Jets were flown in for forces loyal to commander Ali Hassan.", "commander")]
    [InlineData("Army spokesman Nabil Karam said the jets had landed.", "spokesman")]
    public void A_role_before_a_name_is_a_noun(string sentence, string role) =>
        AllowedFor(sentence, role).Should().BeEquivalentTo(["NOUN", "PROPN"]);

    [Theory]
    [InlineData("The drones were shown by the official Korean Central News Agency.", "official")]
    [InlineData("Drones were shown, official Russian media reported.", "official")]
    public void A_role_word_after_a_determiner_or_before_a_states_adjective_is_left_to_the_tagger(string sentence, string word) =>
        AllowedFor(sentence, word).Should().BeNull();

    [Theory]
    [InlineData("Brazil accused Chile of selling rifles to the rebels, a charge Santiago denies.", "denies")]
    [InlineData("Minsk rejects report of tank deliveries", "rejects")]
    [InlineData("The coast guard impounded rocket motors, bound for the Houthis, on Friday, officials said.", "bound")]
    [InlineData("Customs held drone engines destined for Russia, the ministry said.", "destined")]
    public void A_verb_of_speech_never_a_noun_or_goods_on_their_way_before_for_is_a_verb(string sentence, string verb) =>
        AllowedFor(sentence, verb).Should().BeEquivalentTo(["VERB"]);

    [Theory]
    [InlineData("Rifles have reached the militia in breach of the UN arms embargo on Libya, monitors say.", "embargo")]
    [InlineData("Arms embargoes on both countries remain in force, the council said.", "embargoes")]
    [InlineData("China remains Nepal's biggest arms supplier, analysts say.", "supplier")]
    public void A_noun_of_arms_news_the_tagger_takes_for_a_verb_is_a_noun(string sentence, string noun) =>
        AllowedFor(sentence, noun).Should().Contain("NOUN").And.NotContain("VERB");

    [Theory]
    [InlineData("Estonia handed over howitzers, armoured vehicles and drones to Ukraine.")]
    [InlineData("The army will hand over two helicopters to the police next month.")]
    public void Over_after_a_verb_of_handing_is_its_particle(string sentence) =>
        AllowedFor(sentence, "over").Should().BeEquivalentTo(["ADP|RP"]);

    [Fact]
    public void Over_after_another_verb_is_left_to_the_tagger() =>
        AllowedFor("Drones flew over Kyiv on Sunday night.", "over").Should().BeNull();

    [Theory]
    [InlineData("The general said last week that rifles had come from army stocks.")]
    [InlineData("Two officials told a radio station on Monday that the jets had landed.")]
    public void That_after_a_verb_of_speech_and_a_time_opens_what_was_said(string sentence) =>
        AllowedFor(sentence, "that").Should().BeEquivalentTo(["SCONJ"]);

    [Theory]
    [InlineData("Ankara has never sent drones to either side.")]
    [InlineData("Rome has not sold arms to any of the warring parties.")]
    public void To_before_either_or_any_side_is_a_preposition(string sentence) =>
        AllowedFor(sentence, "to").Should().BeEquivalentTo(["ADP"]);

    [Theory]
    [InlineData("The embassy described the article as \"a crude lie made up by spies.\"")]
    [InlineData("Minsk dismissed the report as \"the usual propaganda\" on Monday.")]
    public void As_before_a_quoted_phrase_that_opens_with_an_article_is_a_preposition(string sentence) =>
        AllowedFor(sentence, "as").Should().BeEquivalentTo(["ADP"]);

    [Fact]
    public void As_before_a_quoted_clause_is_left_to_the_tagger() =>
        AllowedFor("The minister said, as \"we have always said,\" that no arms were sold.", "as").Should().BeNull();

    [Theory]
    [InlineData("A spokeswoman for the coastal brigades declined to comment.", "declined", "VERB|VBD", "comment")]
    [InlineData("The shipyard's owner has refused to say who bought the patrol boats.", "refused", "VERB|VBN", "say")]
    public void A_verb_of_refusal_before_to_and_a_verb_is_a_verb_whose_to_marks_an_infinitive(
        string sentence, string refusal, string tense, string refused)
    {
        AllowedFor(sentence, refusal).Should().BeEquivalentTo([tense]);
        AllowedFor(sentence, "to").Should().BeEquivalentTo(["PART|TO"]);
        AllowedFor(sentence, refused).Should().BeEquivalentTo(["VERB"]);
    }

    [Theory]
    [InlineData("The offer was refused to Kenya in May.", "refused")]
    [InlineData("Rifle sales to Chile declined to the lowest level in a decade.", "declined")]
    public void A_verb_of_refusal_before_to_and_no_act_of_telling_or_giving_is_left_to_the_tagger(string sentence, string verb) =>
        AllowedFor(sentence, verb).Should().BeNull();

    [Fact]
    public void To_before_either_and_a_verb_is_left_to_the_tagger() =>
        AllowedFor("The junta hopes to either buy or build its own drones.", "to").Should().BeNull();

    [Fact]
    public void That_after_a_time_with_no_verb_of_speech_before_it_is_left_to_the_tagger() =>
        AllowedFor("The two states signed a treaty on Wednesday that allows joint drills.", "that").Should().BeNull();

    [Fact]
    public void A_state_is_a_name_and_its_demonym_an_adjective()
    {
        AllowedFor("Iranian drones reached Russia.", "Russia").Should().BeEquivalentTo(["PROPN"]);
        AllowedFor("Iranian drones reached Russia.", "Iranian").Should().BeEquivalentTo(["ADJ", "PROPN"]);
    }
}
