//! Word tables for attribution and speaker resolution, built once.
//!
//! Every table is keyed by the lowercase word; look words up with [`is`], which lowercases
//! without allocating.

use std::collections::HashMap;
use std::collections::HashSet;
use std::hash::{BuildHasherDefault, Hasher};

use once_cell::sync::Lazy;

use super::names;

/// How a speech verb can attribute.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Cue {
    /// Introduces reported speech (`said the plan was ready`).
    pub(crate) clause: bool,
    /// Takes a listener before its clause (`told reporters the plan ...`).
    pub(crate) object: bool,
    /// A present participle (`adding`, `saying`) that continues an earlier attribution.
    pub(crate) participle: bool,
    /// Only attributes a quote that follows it in its clause (`called it a “disaster”`).
    pub(crate) weak: bool,
    /// Also a common noun (`report`, `state`, `post`): a verb only after a subject it
    /// agrees with (`officials report`, `they note`) or an auxiliary.
    pub(crate) noun_too: bool,
}

/// Base forms that are also nouns.
const NOUN_TOO: &str = "state report post note comment quote answer reply tweet claim charge \
    estimate promise pledge vow counter caution stress remark repeat demand question label \
    welcome hail blast slam call praise chant sigh laugh cry joke quip snap crow sniff muse \
    read record order plea protest warning response statement concern interview comments \
    begin rage fume scold boast notice mention echo";

/// Speech verbs, every form on a line: those that introduce reported speech.
const CLAUSE_VERBS: &str = "
say says said saying
tell tells told telling
add adds added adding
note notes noted noting
declare declares declared declaring
insist insists insisted insisting
write writes wrote writing written
tweet tweets tweeted tweeting
post posts posted posting
explain explains explained explaining
argue argues argued arguing
claim claims claimed claiming
state states stated stating
warn warns warned warning
acknowledge acknowledges acknowledged acknowledging
admit admits admitted admitting
announce announces announced announcing
confirm confirms confirmed confirming
suggest suggests suggested suggesting
recall recalls recalled recalling
stress stresses stressed stressing
emphasize emphasizes emphasized emphasizing emphasise emphasises emphasised emphasising
observe observes observed observing
remark remarks remarked remarking
concede concedes conceded conceding
complain complains complained complaining
predict predicts predicted predicting
testify testifies testified testifying
report reports reported reporting
assert asserts asserted asserting
allege alleges alleged alleging
contend contends contended contending
maintain maintains maintained maintaining
reiterate reiterates reiterated reiterating
promise promises promised promising
vow vows vowed vowing
pledge pledges pledged pledging
boast boasts boasted boasting
counter counters countered countering
reply replies replied replying
respond responds responded responding
assure assures assured assuring
inform informs informed informing
remind reminds reminded reminding
advise advises advised advising
caution cautions cautioned cautioning
reveal reveals revealed revealing
disclose discloses disclosed disclosing
indicate indicates indicated indicating
deny denies denied denying
conclude concludes concluded concluding
estimate estimates estimated estimating
confess confesses confessed confessing
hint hints hinted hinting
point points pointed pointing
charge charges charged charging
speculate speculates speculated speculating
kata ujar ucap tutur imbuh katanya ujarnya
";

/// Speech verbs that attribute direct quotes but do not introduce reported speech.
const QUOTE_VERBS: &str = "
ask asks asked asking
answer answers answered answering
continue continues continued continuing
joke jokes joked joking
quip quips quipped quipping
shout shouts shouted shouting
yell yells yelled yelling
scream screams screamed screaming
whisper whispers whispered whispering
exclaim exclaims exclaimed exclaiming
muse muses mused musing
repeat repeats repeated repeating
retort retorts retorted retorting
snap snaps snapped snapping
plead pleads pleaded pleading pled
chant chants chanted chanting
read reads reading
recount recounts recounted recounting
lament laments lamented lamenting
grumble grumbles grumbled grumbling
mutter mutters muttered muttering
sniff sniffs sniffed sniffing
crow crows crowed crowing
scoff scoffs scoffed scoffing
gush gushes gushed gushing
sigh sighs sighed sighing
laugh laughs laughed laughing
cry cries cried crying
urge urges urged urging
demand demands demanded demanding
begin begins began beginning
conclude concludes concluded concluding
wonder wonders wondered wondering
comment comments commented commenting
mention mentions mentioned mentioning
echo echoes echoed echoing
quote quotes quoted quoting
interject interjects interjected interjecting
scold scolds scolded scolding
stutter stutters stuttered stuttering
rage rages raged raging
fume fumes fumed fuming
disse diz dizem disseram afirmou afirma afirmaram declarou declara declararam explicou explica
acrescentou contou ressaltou destacou comentou completou avaliou informou garantiu alertou
lembrou ponderou observou relatou admitiu negou reforçou enfatizou frisou salientou pontuou
respondeu anunciou confirmou revelou
dijo dijeron afirmó afirma afirmaron declaró declara explicó explica añadió agregó señaló señala
aseguró asegura indicó comentó subrayó destacó advirtió sostuvo precisó apuntó manifestó
recordó insistió reconoció admitió negó concluyó respondió anunció confirmó reveló informó
criticó lamentó defendió celebró denunció criticou lamentou defendeu comemorou denunciou
critiqué dénoncé regretté défendu criticato denunciato
sagte erklärte betonte sagt sagten erklärt betont meinte meint ergänzte schrieb warnte
kündigte teilte fügte räumte
kritisierte
mengatakan menyatakan menjelaskan mengungkapkan menegaskan menambahkan
nói
dichiarato aggiunto spiegato affermato sottolineato precisato commentato ribadito annunciato
osservato detto riferito dichiara spiega afferma aggiunge sottolinea ribadisce
заявил заявила заявили сказал сказала сказали отметил отметила добавил добавила подчеркнул
подчеркнула пояснил пояснила сообщил сообщила рассказал рассказала
déclaré affirmé indiqué expliqué ajouté estimé réagi souligné précisé assuré confié raconté
annoncé rappelé insisté averti martelé dit déclare affirme indique explique ajoute estime
souligne précise assure confie raconte annonce rappelle insiste
promis lancé poursuivi conclu reconnu répondu répété noté jugé prévenu nuancé tranché
zei zegt zeiden zeggen vertelt vertelde verklaarde verklaart benadrukt benadrukte reageerde
säger sade berättar berättade förklarar förklarade tillägger tillade menar
sier forteller fortalte mener siger sagde fortæller tilføjer
sanoo sanoi kertoo kertoi toteaa totesi
dedi söyledi açıkladı belirtti vurguladı
powiedział powiedziała powiedzieli dodał dodała stwierdził stwierdziła mówi
řekl řekla řekli uvedl uvedla dodala prohlásil prohlásila vysvětlil vysvětlila zdůraznil
zdůraznila upozornil upozornila sdělil sdělila říká uvádí
povedal povedala uviedol uviedla vyhlásil vyhlásila
сказав сказала заявив заявила заявили зазначив зазначила додав додала повідомив повідомила
наголосив наголосила підкреслив підкреслила розповів розповіла
каза заяви добави посочи подчерта
declarat spus afirmat precizat adăugat explicat subliniat spune declară afirmă precizează
explică adaugă
rekao rekla izjavio izjavila dodao dodala kazao kazala istaknuo istaknula naglasio naglasila
dejal dejala povedal
mondta közölte nyilatkozta hangsúlyozta
";

/// Verbs that attribute a quote only when the quote follows them in their clause.
const WEAK_VERBS: &str = "
call calls called calling
describe describes described describing
express expresses expressed expressing
refer refers referred referring
dismiss dismisses dismissed dismissing
criticize criticizes criticized criticizing criticise criticises criticised criticising
praise praises praised praising
decry decries decried decrying
hail hails hailed hailing
welcome welcomes welcomed welcoming
condemn condemns condemned condemning
slam slams slammed slamming
blast blasts blasted blasting
label labels labelled labeled labelling labeling
characterize characterizes characterized characterizing
question questions questioned questioning
accuse accuses accused accusing
nannte nennt bezeichnete bezeichnet lobte
qualifié qualifie calificó califica definió definiu classificou chamou llamó
";

/// Verbs that take a listener before their clause.
const OBJECT_VERBS: &str = "tell tells told telling assure assures assured assuring inform \
informs informed informing remind reminds reminded reminding advise advises advised advising \
warn warns warned warning caution cautions cautioned cautioning";

/// A fast hasher for the short words of the tables (FNV-1a).
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct Fnv(u64);

impl Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        let mut h = if self.0 == 0 {
            0xcbf2_9ce4_8422_2325
        } else {
            self.0
        };
        for b in bytes {
            h ^= u64::from(*b);
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
        self.0 = h;
    }

    /// One round for a length (a byte key's prefix) rather than one per byte of it: a
    /// byte key hashes as cheaply as a `str` one.
    fn write_usize(&mut self, n: usize) {
        let h = if self.0 == 0 {
            0xcbf2_9ce4_8422_2325
        } else {
            self.0
        };
        self.0 = (h ^ u64::try_from(n).unwrap_or(u64::MAX)).wrapping_mul(0x0100_0000_01b3);
    }
}

/// A hash map keyed by words, with [`Fnv`].
pub(crate) type WordMap<K, V> = HashMap<K, V, BuildHasherDefault<Fnv>>;

/// A set of words, with [`Fnv`].
pub(crate) type WordSet<K> = HashSet<K, BuildHasherDefault<Fnv>>;

/// What the tables say about one lowercase word: the tables it is in (one bit each) and
/// the speech verb it is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub(crate) struct Entry {
    pub(crate) flags: u32,
    pub(crate) cue: Option<Cue>,
}

/// A table of lowercase words: a bit of [`Entry::flags`].
pub(crate) struct Words {
    bit: u32,
    list: &'static str,
}

impl Words {
    pub(crate) const fn new(index: u32, list: &'static str) -> Self {
        Words {
            bit: 1 << index,
            list,
        }
    }

    /// Whether `entry` is in this table.
    pub(crate) fn has(&self, entry: Entry) -> bool {
        entry.flags & self.bit != 0
    }

    /// The words of the table.
    #[cfg(test)]
    pub(crate) fn words(&self) -> impl Iterator<Item = &'static str> {
        self.list.split_whitespace()
    }
}

/// Every table in one map: one probe answers every question about a word.
static LEXICON: Lazy<WordMap<&'static [u8], Entry>> = Lazy::new(|| {
    let mut map: WordMap<&'static [u8], Entry> = WordMap::default();
    for table in TABLES {
        for w in table.list.split_whitespace() {
            map.entry(w.as_bytes()).or_default().flags |= table.bit;
        }
    }
    let objects: HashSet<&str> = OBJECT_VERBS.split_whitespace().collect();
    let nouns: HashSet<&str> = NOUN_TOO.split_whitespace().collect();
    let mut add = |list: &'static str, clause: bool, weak: bool| {
        for w in list.split_whitespace() {
            let entry = map.entry(w.as_bytes()).or_default();
            if entry.cue.is_none() {
                entry.cue = Some(Cue {
                    clause,
                    object: objects.contains(w),
                    participle: w.ends_with("ing") && w != "bring",
                    weak,
                    noun_too: nouns.contains(w),
                });
            }
        }
    };
    add(CLAUSE_VERBS, true, false);
    add(QUOTE_VERBS, false, false);
    add(WEAK_VERBS, false, true);
    map
});

/// The longest word, in bytes, that [`PACKED`] holds: a key's 16th byte is its length.
const PACKED_MAX: usize = 15;

/// The words of [`LEXICON`] of at most [`PACKED_MAX`] bytes in an open-addressing table,
/// each keyed by its bytes and length packed into two `u64`s: a probe is two multiplies and
/// integer compares, where a hash map hashes byte by byte and calls `memcmp`. Most words
/// of running text are in no table: a probe reads a one-byte tag per slot (the tags fit in
/// the L1 cache) and stops at the first empty one, reading a key only when its tag agrees.
/// Built once, at most half full.
pub(crate) struct Packed {
    /// Per slot: 0 when empty, else 0x80 and seven bits of the key's hash.
    tags: Vec<u8>,
    keys: Vec<[u64; 2]>,
    entries: Vec<Entry>,
    shift: u32,
}

impl Packed {
    /// The first slot to probe for `key`, and its tag.
    fn hash(&self, key: [u64; 2]) -> (usize, u8) {
        let [lo, hi] = key;
        let h = (lo.wrapping_mul(0x9e37_79b9_7f4a_7c15) ^ hi).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        let tag = 0x80 | ((h >> 32) as u8 & 0x7f);
        (usize::try_from(h >> self.shift).unwrap_or(0), tag)
    }

    fn get(&self, key: [u64; 2]) -> Entry {
        let mask = self.tags.len().wrapping_sub(1);
        let (mut i, tag) = self.hash(key);
        // The table is at most half full: an empty slot ends every probe, without a count.
        loop {
            match self.tags.get(i) {
                Some(0) | None => return Entry::default(),
                Some(&t) if t == tag && self.keys.get(i) == Some(&key) => {
                    return self.entries.get(i).copied().unwrap_or_default();
                }
                Some(_) => i = (i + 1) & mask,
            }
        }
    }
}

/// `word`'s bytes, ASCII-lowercased, little-endian in two `u64`s with its length in the
/// top byte; `None` when it is longer than [`PACKED_MAX`] or not ASCII.
#[inline]
fn pack(word: &[u8]) -> Option<[u64; 2]> {
    if word.len() > PACKED_MAX {
        return None;
    }
    let (a, b) = word.split_at(word.len().min(8));
    key(load_le(a), load_le(b), word.len())
}

/// The key of a word of `len` bytes (at most [`PACKED_MAX`]) whose bytes are `lo` and
/// `hi`, zero past its end: see [`pack`].
#[inline(always)]
fn key(lo: u64, hi: u64, len: usize) -> Option<[u64; 2]> {
    const HIGH: u64 = 0x8080_8080_8080_8080;
    if (lo | hi) & HIGH != 0 {
        return None;
    }
    // Eight ASCII bytes at once: a byte from `A` (0x41) to `Z` (0x5A) gains 0x20. No
    // addition carries into the next byte, every byte being below 0x80.
    let lower = |x: u64| {
        let upper = x.wrapping_add(0x3f3f_3f3f_3f3f_3f3f) & !x.wrapping_add(0x2525_2525_2525_2525);
        x | ((upper & HIGH) >> 2)
    };
    let len = u64::try_from(len).ok()?;
    Some([lower(lo), lower(hi) | len << 56])
}

/// [`lookup`] of `word`, given `window`: the 16 bytes of its text that start with it. The
/// key is two loads and a mask, where [`pack`] assembles it from loads that depend on the
/// word's length: the tokenizer looks up every word, and most have 16 bytes after them.
#[inline(always)]
pub(crate) fn lookup_window(table: &Packed, word: &str, window: &[u8; 16]) -> Entry {
    let len = word.len();
    if len <= PACKED_MAX {
        // The word's bytes, zero past its end (a shift of at most 120 bits).
        let bytes = u128::from_le_bytes(*window) & ((1u128 << (8 * len)) - 1);
        let (lo, hi) = (bytes as u64, (bytes >> 64) as u64);
        if let Some(key) = key(lo, hi, len) {
            return table.get(key);
        }
    }
    lookup_unpacked(word)
}

/// Up to eight bytes as a little-endian `u64`, zero-padded. Whole-word loads (overlapping
/// when the length is not a power of two) rather than a copy into a buffer, which would
/// stall the load that reads the buffer back.
fn load_le(bytes: &[u8]) -> u64 {
    let n = bytes.len();
    if let Some(w) = bytes.first_chunk::<8>() {
        return u64::from_le_bytes(*w);
    }
    if let (Some(a), Some(b)) = (bytes.first_chunk::<4>(), bytes.last_chunk::<4>()) {
        return u64::from(u32::from_le_bytes(*a))
            | u64::from(u32::from_le_bytes(*b)) << (8 * (n - 4));
    }
    match (bytes.first(), bytes.get(n / 2), bytes.last()) {
        (Some(&a), Some(&m), Some(&z)) => {
            u64::from(a) | u64::from(m) << (8 * (n / 2)) | u64::from(z) << (8 * (n - 1))
        }
        _ => 0,
    }
}

/// [`PACKED`], for [`lookup_window`]: read once for a paragraph's words, not once a word.
pub(crate) fn packed() -> &'static Packed {
    &PACKED
}

static PACKED: Lazy<Packed> = Lazy::new(|| {
    let short: Vec<([u64; 2], Entry)> = LEXICON
        .iter()
        // Only what an ASCII query lowercased on the stack can find in the map.
        .filter(|(w, _)| w.is_ascii() && !w.iter().any(u8::is_ascii_uppercase))
        .filter_map(|(w, e)| pack(w).map(|k| (k, *e)))
        .collect();
    let size = (short.len() * 2).next_power_of_two().max(2);
    let mut table = Packed {
        tags: vec![0; size],
        keys: vec![[0, 0]; size],
        entries: vec![Entry::default(); size],
        shift: 64 - size.trailing_zeros(),
    };
    let mask = size - 1;
    for (key, entry) in short {
        let (mut i, tag) = table.hash(key);
        while table.tags.get(i).is_some_and(|&t| t != 0) {
            i = (i + 1) & mask;
        }
        if let (Some(t), Some(k), Some(e)) = (
            table.tags.get_mut(i),
            table.keys.get_mut(i),
            table.entries.get_mut(i),
        ) {
            (*t, *k, *e) = (tag, key, entry);
        }
    }
    table
});

/// What the tables say about `word` (any case). Short ASCII words are looked up in
/// [`PACKED`], longer ones lowercased on the stack.
pub(crate) fn lookup(word: &str) -> Entry {
    if let Some(key) = pack(word.as_bytes()) {
        return PACKED.get(key);
    }
    lookup_unpacked(word)
}

/// [`lookup`] for a word [`pack`] cannot take (long, or not ASCII): kept out of line, so
/// that the packed probe most words take has a small stack frame.
#[cold]
#[inline(never)]
fn lookup_unpacked(word: &str) -> Entry {
    let bytes = word.as_bytes();
    // No table word has a char of General Punctuation (U+2000 to U+206F: E2 80 xx and E2
    // 81 xx), which tokens have inside (`Russia’s`, `don’t`): such a word is in none,
    // without lowercasing it.
    if bytes.windows(2).any(|w| matches!(w, [0xE2, 0x80 | 0x81])) {
        return Entry::default();
    }
    let mut buf = [0u8; 24];
    if let Some(dst) = buf.get_mut(..bytes.len())
        && word.is_ascii()
    {
        dst.copy_from_slice(bytes);
        dst.make_ascii_lowercase();
        return LEXICON.get(&*dst).copied().unwrap_or_default();
    }
    if bytes.len() > 64 {
        return Entry::default();
    }
    // Other words (`Russia’s`, `Élodie`) are lowercased on the stack char by char, which
    // is `str::to_lowercase` except for a final capital sigma: such words take the heap.
    let mut buf = [0u8; 256];
    let mut len = 0;
    if !word.contains('Σ') {
        let mut push = |c: char| {
            let Some(dst) = buf.get_mut(len..len + c.len_utf8()) else {
                return false;
            };
            c.encode_utf8(dst);
            len += c.len_utf8();
            true
        };
        let fits = word.chars().all(|c| match simple_lower(c) {
            Some(l) => push(l),
            None => c.to_lowercase().all(&mut push),
        });
        if fits && let Some(lower) = buf.get(..len) {
            return LEXICON.get(lower).copied().unwrap_or_default();
        }
    }
    let lower = word.to_lowercase();
    LEXICON.get(lower.as_bytes()).copied().unwrap_or_default()
}

/// `c.to_lowercase()` when it is one char that no table search is needed for: ASCII, basic
/// Cyrillic (`Заявил`, the lexicon's words outside ASCII that news text has most), and
/// kana, CJK ideographs and Hangul syllables, which have no case.
fn simple_lower(c: char) -> Option<char> {
    match u32::from(c) {
        0..=0x7F => Some(c.to_ascii_lowercase()),
        // `Ѐ` to `Џ` lower to `ѐ` to `џ`, `А` to `Я` to `а` to `я`.
        code @ 0x400..=0x40F => char::from_u32(code + 0x50),
        code @ 0x410..=0x42F => char::from_u32(code + 0x20),
        0x430..=0x45F | 0x3041..=0x30FF | 0x4E00..=0x9FFF | 0xAC00..=0xD7A3 => Some(c),
        _ => None,
    }
}

/// The cue a single word is, if any.
#[cfg(test)]
pub(crate) fn cue(word: &str) -> Option<Cue> {
    lookup(word).cue
}

/// Whether `word` (any case) is in `table`.
pub(crate) fn is(table: &Words, word: &str) -> bool {
    table.has(lookup(word))
}

/// Personal pronouns that can be speakers.
pub(crate) static PRONOUNS: Words = Words::new(
    0,
    "he she they it we i you ele ela él ella elle er lui lei он она",
);

/// Object pronouns and common listeners after `told`.
pub(crate) static LISTENERS: Words = Words::new(
    1,
    "him her them us me you reporters journalists media press police officials \
         investigators residents audience crowd supporters members court jury council \
         committee parliament lawmakers legislators senators listeners viewers readers \
         students parents colleagues friends followers staff employees workers",
);

/// Words that open a clause (a reported clause can start with these).
pub(crate) static CLAUSE_STARTERS: Words = Words::new(
    2,
    "he she they it we i you there this these those the a an his her their its our my \
         your some many most all no none one two three four five six several few both each \
         every any another other such more less much everyone nobody \
         somebody someone anyone if whether while because \
         although roughly nearly almost only even not",
);

/// Determiners that can open a speaker noun phrase.
pub(crate) static DETERMINERS: Words = Words::new(
    3,
    "the a an this that these those his her their its our my your one another some \
         many several two three four five both each every other",
);

/// Lowercase words that end a noun phrase walking backwards or forwards.
pub(crate) static BREAKS: Words = Words::new(
    4,
    "that which who whom whose when where while if because as but and or so yet nor \
         than though although since after before until unless whether in on at by for with \
         from into onto upon about against during without within to of over under between \
         through across toward towards around among is was were are be been being has have \
         had do does did will would can could should may might must not also then just \
         even still only said says say told tells \
         à au aux en dans sur devant pendant lors après avant durant depuis chez vers avec \
         pour sans entre em com con durante ante tras desde sobre para por \
         am im vom beim bei nach vor auf mit nel nella alla dopo presso davanti на в во после при с у \
         kepada pada dalam untuk dengan yang saat ketika uit op met bij namens tijdens tegen naar \
         på hos från enligt",
);

/// Auxiliaries and adverbs between a subject and its speech verb (`has long said`).
pub(crate) static BETWEEN: Words = Words::new(
    5,
    "has have had is was were are will would could should may might must did does do \
         now also then later earlier previously repeatedly again once recently long never \
         often always already reportedly allegedly since first last further finally \
         simply only just even still had've n't not quickly flatly publicly privately \
         separately initially subsequently ha hanno ont avait aveva hatte",
);

/// Capitalised words that open sentences but are never part of a name.
pub(crate) static NOT_NAMES: Words = Words::new(
    6,
    "the a an but and or so yet in on at for if when after before this that these \
         those it he she they we i you his her their our my your its there here as while \
         since although though because also meanwhile however according even perhaps \
         another other some many most all both each every no not only then now still just \
         one two three four five six seven eight nine ten first last next new with without \
         from to by of about over under during between through after against into what \
         who why how where which whose despite like unlike instead indeed already yes \
         yesterday today tonight tomorrow earlier later why asked \
         several more less such nor once until unless upon among amid everything everyone \
         everybody nothing nobody somebody something someone anything anyone none whatever \
         whoever wherever whenever nonetheless nevertheless moreover furthermore finally \
         eventually currently initially ultimately overall otherwise similarly likewise \
         additionally separately previously afterwards thus hence therefore regardless \
         later earlier now still instead rather besides indeed laut según selon secondo \
         is are was were been being does did has have had would could should might must",
);

/// Days and months: capitalised, never names.
pub(crate) static CALENDAR: Words = Words::new(
    7,
    "monday tuesday wednesday thursday friday saturday sunday january february march \
         april may june july august september october november december jan feb mar apr \
         jun jul aug sep sept oct nov dec christmas easter \
         senin selasa rabu kamis jumat sabtu minggu",
);

/// Words that make a capitalised sequence an organisation or a place, not a person.
pub(crate) static ORG_WORDS: Words = Words::new(
    8,
    "council department ministry agency party university college school institute \
         foundation commission committee board association union inc corp ltd llc co company \
         group news times post press bank court street avenue road river lake island islands \
         city county province state states airport station centre center hall house senate \
         congress parliament assembly government administration church hospital museum park \
         square bridge office service services police army navy force forces network \
         embassy consulate academy bureau chamber chambers conference secretariat \
         directorate division corps \
         tribune journal herald gazette daily weekly magazine radio television tv channel \
         club league team fund trust corporation organization organisation authority \
         institution society federation coalition alliance movement cbc ctv cnn bbc reuters \
         tass ap afp ministry republic kingdom nations canada america europe africa asia \
         airlines motors energy industries technologies labs media studio studios \
         electric holdings ventures systems solutions pharmaceuticals telecom robotics \
         software networks communications therapeutics biosciences logistics analytics \
         aerospace automotive \
         images photo photos getty afp \
         library market mall plaza tower building centre district region valley mountain \
         theater theatre cinema stadium arena gallery restaurant hotel cafe \
         north south east west northern southern eastern western",
);

/// Words of titles and roles (`Secretary of State`, `Mayor`, `CEO`).
pub(crate) static TITLES: Words = Words::new(
    9,
    "president vice prime minister secretary state foreign defence defense finance \
         economy economic health interior justice trade transport transportation education \
         environment energy agriculture labour labor deputy assistant acting chief executive \
         officer director general attorney governor gov mayor councillor councilor coun \
         senator sen representative rep congressman congresswoman mp mpp mla premier \
         chancellor speaker leader chairman chairwoman chair ceo cfo coo cto commissioner \
         ambassador envoy spokesman spokeswoman spokesperson judge justice police constable \
         const sgt sergeant lt lieutenant col colonel capt captain gen maj major cpl corporal \
         insp inspector det detective supt superintendent dr doctor prof professor mr mrs ms \
         miss mx sir dame lord lady king queen prince princess pope father rev reverend rabbi \
         imam bishop archbishop cardinal sheikh coach manager founder co-founder owner editor \
         analyst economist researcher lawyer counsel prosecutor crown candidate mayoral \
         former then longtime senior top interim incoming outgoing opposition democratic \
         republican liberal conservative ndp green federal provincial national international \
         regional local associate head general-secretary secretary-general commander \
         admiral marshal minister-president chief-executive cabinet party member members \
         us u.s uk u.k eu un nato american russian british canadian chinese french german \
         japanese korean indian israeli iranian iraqi syrian turkish ukrainian mexican \
         australian italian spanish polish hungarian palestinian saudi egyptian afghan \
         pakistani brazilian european african asian nordic arctic icelandic swedish \
         norwegian danish finnish dutch belgian swiss austrian greek irish scottish welsh \
         english portuguese venezuelan cuban colombian argentine chilean peruvian \
         nigerian kenyan south-african taiwanese vietnamese thai filipino indonesian \
         malaysian singaporean new zealand \
         defender striker midfielder goalkeeper goalie winger quarterback linebacker pitcher \
         shortstop outfielder infielder batsman jockey skipper \
         menteri presiden gubernur bupati wakil kepala direktur ketua juru bicara keuangan \
         pertahanan kesehatan pendidikan perdagangan \
         ông bà",
);

/// Head nouns of descriptive speakers that pronouns and `the X` may refer back to.
pub(crate) static ROLE_NOUNS: Words = Words::new(
    10,
    "official officials spokesman spokeswoman spokesperson minister secretary president \
         mayor premier governor senator chancellor leader chief ceo director commissioner \
         ambassador diplomat officer judge coach manager founder owner chair chairman \
         chairwoman prosecutor lawyer attorney professor doctor analyst economist expert \
         researcher candidate councillor councilor representative congressman \
         congresswoman mp sheriff inspector detective sergeant constable captain general \
         colonel admiral \
         ministra ministro ministre alcalde alcaldesa prefeito prefeita sindaco sindaca \
         presidente présidente presidenta portavoz porta-voz coordenador coordenadora \
         coordinador coordinadora secretario secretária secrétaire gouverneur governador \
         gobernador senador sénateur senatore diputado diputada deputado deputada député \
         assessore diretor diretora directeur direttore capitão capitán \
         ministerin sprecher sprecherin bürgermeister bürgermeisterin präsident präsidentin \
         kanzler kanzlerin",
);

/// Words before a quote that make it a term or scare quote (`the so-called “X”`).
pub(crate) static SCARE_MARKERS: Words = Words::new(
    11,
    "so-called dubbed termed nicknamed labelled labeled branded titled entitled \
         hashtag slogan motto term word phrase tag banner headline nickname brand \
         known",
);

/// Things that speak without being people: `the report said`, `the statement read`.
pub(crate) static SOURCES: Words = Words::new(
    12,
    "report reports statement statements study survey letter post tweet release email \
         e-mail document ruling memo filing complaint lawsuit poll data figures website site \
         poem book sign note message meter map video footage release notice analysis \
         review audit assessment budget plan proposal draft bill law decision order \
         judgment verdict record records minutes transcript interview petition motion \
         policy guidance guidelines warning alert advisory forecast estimate projection \
         model research paper article story headline caption account tally count",
);

/// The words that may open an `according to` phrase (see `attribution::according_len`, and
/// a test there): the search for reported speech reads a token's text for one only when
/// the token is in this table.
pub(crate) static ACCORDING: Words =
    Words::new(16, "according по según selon laut menurut segundo secondo");

/// The words of an organisation's name that a later definite description names it by
/// (`speaker::org_noun`: `Brightwater Labs Inc.` is `the company`): a name's other words
/// are passed without a lowercased copy.
pub(crate) static ORG_NOUNS: Words = Words::new(
    17,
    "company inc corp corporation ltd llc co group industries technologies motors airlines \
         labs firm electric holdings ventures systems solutions pharmaceuticals telecom \
         robotics software networks therapeutics biosciences logistics analytics aerospace \
         automotive agency department ministry council commission committee board \
         association union bank university hospital authority foundation network league \
         organization organisation",
);

/// The titles and month abbreviations after which a period ends no sentence
/// (`sentence::is_abbreviation`, a test checks): a word before a period that is none of
/// them is not lowercased to be looked up there.
pub(crate) static ABBREVIATIONS: Words = Words::new(
    18,
    "mr mrs ms mx dr prof sen rep gov gen lt col capt sgt cpl maj adm cmdr cmdt const insp \
         det supt rev fr hon coun st mt ft pres atty messrs mme mlle sr jr vs v cf approx dept \
         est fig lb lbs oz no nos vol pp ch sec art ave blvd rd gov't corp inc ltd co bros \
         jan feb mar apr jun jul aug sep sept oct nov dec",
);

/// Every table, each with its bit.
static TABLES: &[&Words] = &[
    &PRONOUNS,
    &LISTENERS,
    &CLAUSE_STARTERS,
    &DETERMINERS,
    &BREAKS,
    &BETWEEN,
    &NOT_NAMES,
    &CALENDAR,
    &ORG_WORDS,
    &TITLES,
    &ROLE_NOUNS,
    &SCARE_MARKERS,
    &SOURCES,
    &names::FEMALE_NAMES,
    &names::MALE_NAMES,
    &names::PLACE_NAMES,
    &ACCORDING,
    &ORG_NOUNS,
    &ABBREVIATIONS,
];

/// Whether the word is all capitals (an acronym or shouting), at least two letters.
pub(crate) fn is_all_caps(word: &str) -> bool {
    if word.is_ascii() {
        let b = word.as_bytes();
        return !b.iter().any(u8::is_ascii_lowercase)
            && b.iter()
                .filter(|c| c.is_ascii_alphabetic())
                .nth(1)
                .is_some();
    }
    // A lower-case letter first: it is most often the second char (`Élodie`), and the
    // count of letters stops at the second.
    !word.chars().any(char::is_lowercase)
        && word.chars().filter(|c| c.is_alphabetic()).nth(1).is_some()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_word_starts_with_a_digit() {
        // The tokenizer looks up no word that starts with a digit (see `para::Word::of`).
        for w in LEXICON.keys() {
            assert!(!w.first().is_some_and(u8::is_ascii_digit), "{w:?}");
        }
    }

    #[test]
    fn a_window_finds_what_lookup_finds() {
        let words = TABLES
            .iter()
            .flat_map(|t| t.words())
            .chain([
                "Said",
                "SAYS",
                "x",
                "Ab",
                "Told",
                "Élodie",
                "Russia’s",
                "reporters",
            ])
            .chain([
                "Заявил",
                "accordingly",
                "internationalisation",
                "eight888",
                "nine9999",
            ]);
        // As written and in capitals: the window's bytes are lowercased as `pack`'s are.
        for w in words.flat_map(|w| [w.to_string(), w.to_uppercase()]) {
            let text = format!("{w} and some text after it");
            let window = text
                .as_bytes()
                .first_chunk::<16>()
                .copied()
                .unwrap_or([0; 16]);
            assert_eq!(lookup_window(packed(), &w, &window), lookup(&w), "{w}");
        }
    }

    #[test]
    fn abbreviations_are_the_sentence_splitter_s() {
        for w in crate::parser::sentence::abbreviations() {
            assert!(is(&ABBREVIATIONS, w), "{w}");
            assert!(crate::parser::sentence::is_abbreviation(w), "{w}");
        }
        for w in ABBREVIATIONS.words() {
            assert!(crate::parser::sentence::is_abbreviation(w), "{w}");
        }
    }

    #[test]
    fn byte_keys_hash_their_length() {
        use std::hash::BuildHasher;
        let h = BuildHasherDefault::<Fnv>::default();
        let one: &[u8] = b"a";
        let two: &[u8] = b"a\0";
        assert_ne!(h.hash_one(one), h.hash_one(two));
        let mut map: WordMap<Box<[u8]>, usize> = WordMap::default();
        map.insert(b"blinken".as_slice().into(), 1);
        assert_eq!(map.get(b"blinken".as_slice()), Some(&1));
        assert_eq!(map.get(b"blinke".as_slice()), None);
    }

    #[test]
    fn no_month_or_common_word_has_a_slash_or_a_dash() {
        // `np::name_word_uncached` reads these tables before a word's bytes.
        for table in [&CALENDAR, &NOT_NAMES] {
            assert!(!table.list.contains(['/', '-']));
        }
    }

    #[test]
    fn simple_lower_is_to_lowercase() {
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            if let Some(l) = simple_lower(c) {
                assert_eq!(c.to_lowercase().collect::<String>(), l.to_string(), "{c}");
            }
        }
        assert_eq!(simple_lower('Д'), Some('д'));
        assert_eq!(lookup("Заявил"), lookup("заявил"));
        assert!(lookup("Заявил").cue.is_some());
    }

    #[test]
    fn cue_forms_and_flags() {
        let said = cue("Said").unwrap();
        assert!(said.clause && !said.object && !said.participle && !said.weak);
        assert!(cue("told").unwrap().object);
        assert!(cue("adding").unwrap().participle);
        assert!(cue("called").unwrap().weak);
        assert!(cue("joked").is_some_and(|c| !c.clause));
        assert!(cue("table").is_none());
    }

    #[test]
    fn packed_table_agrees_with_the_map() {
        for (w, e) in LEXICON.iter() {
            let Ok(w) = std::str::from_utf8(w) else {
                continue;
            };
            assert_eq!(lookup(w), *e, "{w}");
            // Turkish `ı` upper-cases to `I`, which lower-cases to `i`: no round trip.
            if w.to_uppercase().to_lowercase() == w {
                assert_eq!(lookup(&w.to_uppercase()), *e, "{w}");
            }
        }
        assert_eq!(lookup(""), Entry::default());
        assert_eq!(lookup("said\0"), Entry::default());
        assert_eq!(lookup("congresswomanly"), Entry::default());
        assert!(is(&PRONOUNS, "He") && !is(&PRONOUNS, "Hé") && is(&PRONOUNS, "HE"));
        assert_eq!(lookup("ÉLODIE"), lookup("élodie"));
        for b in 0..0x80u8 {
            let word = [b'x'; 15].map(|_| b);
            let expected = word.map(|b| b.to_ascii_lowercase());
            let mut buf = [0u8; 16];
            buf[..15].copy_from_slice(&expected);
            buf[15] = 15;
            let want = [
                u64::from_le_bytes(buf[..8].try_into().unwrap()),
                u64::from_le_bytes(buf[8..].try_into().unwrap()),
            ];
            assert_eq!(pack(&word), Some(want), "{b:#x}");
        }
        assert_eq!(pack("é".as_bytes()), None);
        let bytes = *b"abcdefgh";
        for n in 0..=8 {
            let mut want = [0u8; 8];
            want[..n].copy_from_slice(&bytes[..n]);
            assert_eq!(load_le(&bytes[..n]), u64::from_le_bytes(want), "{n}");
        }
        assert_eq!(lookup("[said]"), Entry::default());
        assert_eq!(lookup("@said"), Entry::default());
    }

    #[test]
    fn no_table_word_has_general_punctuation() {
        // `lookup_unpacked` answers for such a word without a probe.
        for w in LEXICON.keys() {
            let w = std::str::from_utf8(w).unwrap();
            assert!(
                !w.chars().any(|c| ('\u{2000}'..='\u{206F}').contains(&c)),
                "{w}"
            );
        }
        assert_eq!(lookup("Russia’s"), Entry::default());
        assert_eq!(lookup("don’t"), Entry::default());
    }

    #[test]
    fn tables_ignore_case() {
        assert!(is(&PRONOUNS, "He"));
        assert!(is(&TITLES, "Secretary"));
        assert!(is(&CALENDAR, "MONDAY"));
        assert!(!is(&NOT_NAMES, "Blinken"));
        assert!(is_all_caps("UFCW") && !is_all_caps("A"));
    }
}
