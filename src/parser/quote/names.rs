//! Given names with a usual gender, and place names, so that `she` is not resolved to
//! `Kevin` nor `he` to `Russia`. Lowercase, built once.
//!
//! A name missing here only makes its gender unknown, which fits both pronouns.

use super::lexicon::{self, Words};
use crate::parser::sentence::with_lower;

/// The gender a pronoun (`he`, `she`) or a name carries.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Gender {
    Female,
    Male,
}

const FEMALE: &str = "
abigail ada adrienne agnes aisha akiko alana alexandra alexis alice alicia alison allison
alyssa amanda amber amelia amira amy ana anastasia andrea angela angelina anita ann anna
annabel anne anne-marie annette annie antonia april aria ashley astrid audrey ava barbara
beatrice becky belinda bernadette beth bethany betty beverly bonnie brenda bri brianna
bridget brittany brooke caitlin camila carla carmen carol carole caroline carolyn carrie
cassandra catherine cathy cecilia celine charlotte chelsea cheryl chiara chloe chrissy
christina christine christy chrystia cindy claire clara claudia claudine colleen constance
courtney crystal cynthia daisy dana danielle daphne darian dawn deanna debbie deborah debra
demi denise diana diane dolores donna doris dorothy edith eileen elaine eleanor eleanore
elena elisabeth elise eliza elizabeth ella ellen elodie élodie elsa elsie elyse emilia emily
emma erica erin esther eva evelyn faith fatima felicia fiona flora florence frances
francesca gabriela gabrielle gail georgia geraldine gillian gina giorgia giulia gloria grace
greta gwen hana hannah harriet hazel heather heidi helen helena hilary hillary holly hope
ida ilhan inez ingrid irene irina iris isabel isabella isabelle ivanka ivy jackie jacinda
jacqueline jade jane janelle janet janice jasmine jayme jean jeanette jeanne jenna jennifer
jenny jessica jill jo joan joanna joanne jodi jody josephine joy joyce judit judith judy
julia julie june justine kaitlyn kamala kara karen karin kate katelyn katherine kathleen
kathryn kathy katie kayla keiko kelly kendra kim kimberly kirsten krista kristen kristin
kristy laura lauren layla leah leila lena lillian lily linda lindsay lisa liz lizzie lois
lori lorraine louise lucia lucille lucy lydia lynn lynne mabel madeleine madison maggie
mandy marcia margaret marguerite maria mariah marie marilyn marina marion marjorie marta
martha martine mary maureen megan meghan mei melania melanie melinda melissa meredith mette
mia michelle mildred miranda molly monica muriel nadia nancy naomi natalia natalie natasha
nathalie nellie niamh nicola nicole nikki nina noor nora norma olga olivia paige pamela
patrice patricia paula pauline pearl peggy penelope penny phyllis priya rachel rebecca
rebekah regina rita roberta rosa rosalind rose rosemary roxanne ruby ruth sabrina sally
samantha sandra sanna sara sarah savannah scarlett selena shannon sharon sheila shelby
shirley siobhan sofia sonia sophia sophie stacey stella stephanie sue susan susanne suzanne
svetlana sylvia tamara tanya tara tatiana teresa terri tessa thelma theresa tiffany tina
tracy ursula valentina valerie vanessa vera veronica vicki victoria viola violet virginia
wanda wendy whitney winifred yasmin yolanda yulia yuni yvonne zelda zoe
";

const MALE: &str = "
jean andrea nicola simone sasha kim michele
aaron abdul adam adrian ahmed aidan alan albert alejandro alex alexander alexei alexey
alfonso alfred ali allan andre andrei andrew andris angus anthony antonio antony archie
arjun arnold arthur austin barack barry bart beau ben bence benjamin benny bernard bill
billy blaine bob bobby boris brad bradley brandon brendan brent brett brian bruce bryan
byron caleb callum calvin cameron carl carlos cecil chad charles charlie chris christian
christopher chuck clarence claude clifford clint clive clyde cody colin connor conor craig
curtis dale dan daniel danny darrin darryl dave david dean declan dennis derek desmond
devin diego dmitri dmitry dominic don donald doug douglas duane duncan dustin dwayne dwight
dylan earl ed eddie edgar edmund eduardo edward edwin elijah elliot emmanuel eric erik
ernest ethan eugene evan ewan felix fergus fernando finn francis francisco frank franklin
fred frederick friedrich gabriel gareth garry gary gavin gene geoffrey george gerald
gerard gerhard gilbert giovanni giuseppe glen glenn gordon graham grant greg gregory
guenther günther guy hamish hans harold harry harvey hassan heinrich helmut henry herbert
howard hugh hugo hunter hussein ian ibrahim igor isaac ivan jack jacob jacques jagmeet
jake james jamie jared jason javier jay jeff jeffery jeffrey jens jeremy jerome jerry jesse
jim jimmy joachim joe joel johann john johnny jon jonah jonathan jordan jorge jörg jose
josé joseph josh joshua juan julian julius justin jürgen karl keith ken kenneth kevin khalid
kieran kirk klaus kody kurt kyle lance larry lars lawrence leo leon leonard leroy lewis
liam lionel lloyd louis luca lucas luigi luis luke malcolm manuel marc marco marcus mario
mark markus martin marvin matt matteo matthew maurice max melker michael michel miguel
mikhail mike miles mitch mitchell mohammad mohammed morris muhammad mustafa naftali narendra
nate nathan nathaniel neil neville newt nicholas nick nigel nikolai noah noel norman olaf
oleg oliver omar oscar oskar otis owen pablo patrick paul pedro pete peter petro phil
philip philippe pierre preston quentin rafael ragheb rahul raj ralph randall randy raymond
recep reginald rex rhys richard rick ricky rob robert roberto rod rodney roger roland
roman ron ronald rory ross rowan roy ruben rudolph rudy rupert russ russell ryan salman
sam samuel scott sean sebastian sergei sergey sergio seth shane shaun shawn sidney simon
spencer stan stanley stefan stephen sterling steve steven stewart stuart sven syed ted
teodor terrence terry theo theodore thomas tim timothy tomas tobias toby todd tom tommy tony
tracy trevor troy tyler tyrone ulrich vernon victor viktor vince vincent vladimir
volodymyr wade wallace walter warren wayne wesley will william willie winston wolfgang
xander xavier yair yuri zachary zack zane
";

/// Countries, regions and large places: capitalised subjects that are never `he` or `she`.
const PLACES: &str = "
afghanistan africa alabama alaska albania alberta algeria america americas angola ankara
arabia argentina arizona arkansas armenia asia athens australia austria azerbaijan baghdad
bahrain bangladesh beijing belarus belgium berlin bolivia bosnia brazil britain brussels
budapest bulgaria burma california cambodia cameroon canada chicago chile china colombia
colorado congo croatia cuba cyprus czechia damascus delhi denmark dubai ecuador edmonton
egypt england estonia ethiopia europe finland florida france geneva georgia germany ghana
greece guatemala haiti havana honduras hungary iceland india indonesia iowa iran iraq
ireland israel istanbul italy jamaica japan jerusalem jordan kabul kazakhstan kenya korea
kosovo kuwait kyiv kiev latvia lebanon libya lithuania london luxembourg madrid malaysia
mali manitoba mexico michigan moldova mongolia montenegro montreal morocco moscow
mozambique myanmar nato nepal netherlands nevada nigeria norway ohio oman ontario oregon
oslo ottawa pakistan palestine panama paraguay paris peru philippines poland portugal
prague pyongyang qatar quebec riyadh romania rome russia rwanda saskatchewan scotland
senegal serbia seoul singapore slovakia slovenia somalia spain stockholm sudan sweden
switzerland sydney syria taiwan tehran texas thailand tokyo toronto tunisia turkey uganda
ukraine uruguay utah uzbekistan vancouver venezuela vienna vietnam virginia wales
warsaw washington winnipeg yemen zambia zimbabwe
";

pub(crate) static FEMALE_NAMES: Words = Words::new(13, FEMALE);
pub(crate) static MALE_NAMES: Words = Words::new(14, MALE);
pub(crate) static PLACE_NAMES: Words = Words::new(15, PLACES);

/// The usual gender of a given name, if it is common and not shared.
pub(crate) fn gender_of(first: &str) -> Option<Gender> {
    gender_of_entry(lexicon::lookup(first))
}

/// [`gender_of`] from what the tables say about the name (see [`lexicon::lookup`]).
pub(crate) fn gender_of_entry(e: lexicon::Entry) -> Option<Gender> {
    match (FEMALE_NAMES.has(e), MALE_NAMES.has(e)) {
        (true, false) => Some(Gender::Female),
        (false, true) => Some(Gender::Male),
        _ => None,
    }
}

/// The gender a title or role word carries (`Mrs`, `spokeswoman`, `father`).
pub(crate) fn gender_of_word(word: &str) -> Option<Gender> {
    with_lower(word, |w| match w {
        "mrs" | "ms" | "miss" | "madam" | "lady" | "dame" | "queen" | "princess" | "duchess"
        | "spokeswoman" | "chairwoman" | "congresswoman" | "businesswoman" | "councilwoman"
        | "woman" | "women" | "mother" | "mom" | "wife" | "daughter" | "sister" | "grandmother"
        | "aunt" | "niece" | "girl" | "actress" | "widow" | "girlfriend" | "sister-in-law"
        | "ministra" | "alcaldesa" | "presidenta" | "secretária" | "secretaria" | "diretora"
        | "deputada" | "diputada" | "senadora" | "prefeita" | "sindaca" | "coordenadora"
        | "coordinadora" | "ministerin" | "sprecherin" | "präsidentin" | "kanzlerin"
        | "bürgermeisterin" => Some(Gender::Female),
        "mr" | "sir" | "lord" | "king" | "prince" | "duke" | "spokesman" | "chairman"
        | "congressman" | "businessman" | "councilman" | "man" | "men" | "father" | "dad"
        | "husband" | "son" | "brother" | "grandfather" | "uncle" | "nephew" | "boy" | "actor"
        | "widower" | "boyfriend" | "pope" | "brother-in-law" | "ministro" | "alcalde"
        | "prefeito" | "sindaco" | "secretário" | "secretario" | "diretor" | "deputado"
        | "diputado" | "senador" | "coordenador" | "coordinador" | "sprecher" | "präsident"
        | "kanzler" | "bürgermeister" => Some(Gender::Male),
        _ => None,
    })
}

/// Whether a capitalised word names a place (`Russia`, `Moscow`).
pub(crate) fn is_place(word: &str) -> bool {
    lexicon::is(&PLACE_NAMES, word)
}

/// [`is_place`] for the text of token `i` of `p`, from its entry.
pub(crate) fn is_place_at(p: &super::para::Para<'_>, i: usize) -> bool {
    PLACE_NAMES.has(p.entry_of(i))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn genders_and_places() {
        assert_eq!(gender_of("Lisa"), Some(Gender::Female));
        assert_eq!(gender_of("Kevin"), Some(Gender::Male));
        assert_eq!(gender_of("Tracy"), None);
        assert_eq!(gender_of("Zyx"), None);
        assert_eq!(gender_of_word("spokeswoman"), Some(Gender::Female));
        assert!(is_place("Russia") && !is_place("Lavrov"));
    }
}
