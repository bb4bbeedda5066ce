#include "text/extract/vocab.h"

#include <re2/re2.h>
#include <re2/set.h>

#include <algorithm>
#include <array>
#include <cstring>
#include <iterator>
#include <memory>
#include <mutex>

#include "text/extract/common.h"

namespace leakwatch::text {

using record::DataItem;
using record::IncidentType;
using record::Sector;

namespace {

struct TypeRule {
  IncidentType type;
  int weight;
  // RE2 over NFKC text, ASCII lower-cased. Never matches a line break ("." and
  // the classes used exclude '\n') and meets LinePresence's other REQUIRES:
  // ClassifyIncident matches each rule only where a LinePresence finds it.
  const char* pattern;
  // The wording names no medium ("sent in error"): its points go to the medium the notice
  // names in a strong hit of another rule, if it names one.
  bool no_medium = false;
};

// Strong wording first (weight 3-4), then weaker hints (1). Ties go to the
// type listed first.
constexpr TypeRule kTypeRules[] = {
    {IncidentType::kMalwareRansomware, 4,
     "ランサムウェア|マルウェア|ウイルス感染|ウィルス感染|エモテット|emotet|ransomware|malware|"
     "脅迫文|身代金|infected with|ransom (?:demand|note|message)|keylogg|spyware|trojan|virus "
     "(?:on|infected)|(?:contained|containing) a virus|computer virus|a virus "
     "(?:that|which)|(?:unknown|unauthori[sz]ed) (?:individual|"
     "party|actor|person) (?:had )?encrypted|"
     // "The attachment installed malicious software", "client files had been encrypted. A
     // message on the screen demanded payment". ("malicious code" in a checkout page is the
     // card skimming of an intrusion; "guard against malicious software" a safeguard; "the file
     // was encrypted" protection.)
     "(?:installed|deployed|downloaded|launched|executed|delivered) (?:the )?malicious (?:software|"
     "program)|malicious (?:software|program) (?:spread|infected|encrypted)|(?:files?|data|"
     "systems?|servers?|documents?) had been encrypted\\b|demand(?:ed|ing) (?:a )?payment to "
     "(?:restore|unlock|decrypt)|(?:pay|paid|demanded|demanding|requested) (?:a |the )?ransom|"
     // "criminals encrypted files on several district servers and left a note demanding
     // payment in exchange for a decryption key".
     "(?:criminals|attackers|hackers|threat actors?) (?:had )?encrypted|"
     // "a ransom message had appeared on our file server … Before they encrypted our files".
     "\\bthey (?:had )?encrypted (?:our|the|its)\\b|"
     "in exchange for (?:a |the )?decryption"},
    {IncidentType::kMisdeliveryFax, 4,
     // ("ファクシミリで送信する際、…押し間違え": the medium of a 誤送信.)
     "(?:fax|ファクス|ファックス|ファクシミリ) ?(?:で|にて|により)送信|"
     // "誤った送信先にFAX送信する事案", "診療情報提供書の誤送信(FAX)".
     "(?:fax|ファクス|ファックス|ファクシミリ)送信(?:する|した|して|し、|され)|"
     "誤送信\\((?:fax|ファクス|ファックス)\\)|"
     "(?:fax|ファクス|ファックス|ファクシミリ).{0,20}(?:誤|wrong|incorrect)|(?:wrong|incorrect) "
     "fax|faxes (?:containing|were sent)|誤(?:fax|ファクス|"
     "ファックス)|"
     "faxed to (?:the |an )?(?:wrong|incorrect)|misdirected fax|to (?:an?|the) (?:wrong|incorrect) "
     "fax number|fax number (?:that|which) (?:was|is) (?:one digit|incorrect|wrong|different)|"
     // "the fax number … had been entered incorrectly", "faxes … were sent to the business
     // instead".
     "fax number[^.\\n]{0,80}(?:entered|keyed|programmed|dialed|typed|stored) "
     "(?:incorrectly|wrongly|in error)|"
     // ("37 fax transmissions intended for that prescriber were sent to the printing business
     // instead" likewise; one counted gap for both, since each such gap multiplies the states
     // of the rule's DFA: a second one cost a quarter more instructions per demo notice.)
     // ("faxed 14 referral forms … to a fax number that did not belong to the specialist
     // practice", "The fax (6 pages) went to a number that the practice had stopped using": in
     // the same gap.)
     "(?:faxe[sd]|fax transmissions?|the fax)\\b[^.\\n]{0,120}\\b(?:instead|in error|by mistake|"
     "did not belong|stopped using|no longer used)\\b|"
     // "the fax number was keyed in from a note and two digits were transposed", "the 7-page
     // fax went to an accounting firm instead".
     "fax number[^.\\n]{0,100}\\b(?:transposed|reversed)\\b|"
     // "an outdated fax number"; "a dental office whose fax number differed by one digit".
     "outdated fax number|fax number differ(?:s|ed)\\b|"
     // "faxed refill requests to a fax number that it believed belonged to a prescriber's
     // office. The number had been reassigned".
     "faxed [^.\\n]{0,80}to a (?:fax )?number (?:that|which) (?:it|they|we|he|she) "
     "(?:believed|thought)|faxed [^.\\n]*to what (?:it|they|we|he|she|the [a-z]+) "
     "(?:believed|thought) was|fax number[^.\\n]{0,60}\\b(?:had been|was) reassigned|\\bfax "
     "(?:went|was sent|was "
     "delivered|was received) to [^.\\n]{0,80}\\b(?:instead|in error|by mistake)\\b|"
     // "repeatedly faxes customer information to the wrong phone number", "orders were
     // mis-faxed to an automotive dealership".
     "\\bfax(?:es|ed)?\\b[^.\\n]{0,80}\\bto (?:the |a |an )?(?:wrong|incorrect) (?:phone |fax "
     ")?(?:telephone )?number|\\bmis-?faxe?d?\\b",
     /*no_medium=*/false},
    {IncidentType::kMisdeliveryEmail, 3,
     "誤送信|bcc|cc欄|メールアドレスが.{0,15}(?:表示|見え|閲覧)|"
     "e-?mail(?:ed)? (?:was |were )?(?:sent )?to (?:the |an )?(?:wrong|incorrect|unintended)|"
     "misdirected e-?mail|"
     // "She typed the agency's e-mail address incorrectly, and the e-mail was delivered to a
     // personal e-mail account of an unrelated person".
     "(?:typed|entered|keyed|mistyped) [^.\\n]{0,40}e-?mail address (?:incorrectly|wrongly|in "
     "error)|e-?mail was delivered to [^.\\n]{0,60}\\b(?:unrelated|wrong|unintended|incorrect)\\b|"
     // "When addressing the email, the staff member selected a district parent distribution
     // list instead of the contractor's dispatch address".
     "addressing (?:the |an |a )?e-?mail|(?:selected|chose|picked) (?:an? |the )?[^.\\n]{0,40}"
     "(?:distribution|contact) list|"
     "e-?mailed .{0,100}(?:wrong|incorrect|unintended) "
     "recipient|e-?mail.{0,120}(?:wrong|incorrect|unintended) recipient|blind[- ](?:carbon[- ])?"
     "cop(?:y|ied)|"
     "(?:inadvertently|erroneously|mistakenly|accidentally|accidently) (?:(?:sent|distributed|"
     "forwarded) (?:an? |the )?)?e-?mail|"
     "undisclosed recipients|e-?mail addresses (?:were|was) visible|auto-?complete|"
     // "pasted the recipients' addresses into the \"To\" line … could see the email addresses
     // of the other recipients".
     "in(?:to)? the [\"“]?(?:to|cc)[\"”]? (?:line|field|box)|e-?mail addresses of (?:the |all "
     ")?other recipients|"
     // "without concealing the individual email addresses", "allowed them to be seen by the other
     // email recipients", "recipients could view the names and email addresses of other
     // patients", "disclosing recipients’ email addresses to each other".
     "without (?:concealing|hiding|masking) (?:the |their )?(?:individual |recipients['’]? )?"
     "e-?mail addresses|(?:seen by|visible to) (?:all )?(?:the )?other (?:e-?mail )?recipients|"
     "(?:see|view|displayed|exposed|revealed|disclosed|disclosing|exposing) (?:the )?(?:names and "
     ")?e-?mail addresses of (?:all|other|each)\\b|e-?mail addresses to each other|recipients to "
     "see the e-?mail|"
     "e-?mailed [^.\\n]{0,120}(?:to (?:another|the wrong|an? (?:unintended|incorrect|different)) "
     "|by mistake|in error)|"
     "オートコンプリート|"
     // "The employee's email program suggested a similar-looking address, and the message
     // was sent to an individual outside the credit union".
     "e-?mail (?:program|client|software|application) (?:suggested|auto|filled|completed)|"
     // "selected the wrong address from the email program's suggestion list … a patient with a
     // similar email address".
     "similar-looking (?:e-?mail )?address|similar e-?mail address|suggestion list|"
     "(?:message|e-?mail) was sent to (?:an? )?(?:individual|"
     "person|recipient|address|party) outside|"
     // "the e-mail program automatically completed the address", "a mass e-mail sent
     // without masking the addresses", "disclosed patients' e-mail addresses".
     "automatically (?:completed|filled|populated|suggested)|auto-?fill|"
     "(?:mass|group|bulk) e-?mail[^.\\n]{0,80}without (?:masking|hiding|using bcc|blind)|"
     "(?:inadvertently|mistakenly|accidentally) (?:disclosed|revealed|shared) [^.\\n]{0,40}"
     "e-?mail addresses|"
     // The wrong file attached to an e-mail: "申込者名簿のファイルを誤って添付し", "attached the
     // wrong spreadsheet", "Instead, the attached file was a spreadsheet".
     "誤って添付|誤添付|添付(?:ファイル|するファイル)?を誤|attached (?:the |a |an )?(?:wrong|"
     "incorrect) |(?:wrong|incorrect) (?:file|attachment|spreadsheet|document|report)s? "
     "(?:was |were |had been )?attached|instead,? the attach(?:ed|ment)|"
     // "The message was meant to go out with a blank form. Instead, the staff member attached a
     // working spreadsheet".
     "instead,? (?:the |a |an |our )?(?:[a-z]+ ){0,3}attached (?:a |an |the |our )|"
     // ("Instead of attaching the camp information sheet, the staff member attached …".)
     "instead of attaching (?:a |an |the |our )|"
     // "The staff member mistakenly attached a spreadsheet", "By mistake, a spreadsheet was
     // attached that should not have been", "picked the wrong file when attaching it".
     "(?:inadvertently|mistakenly|accidentally|wrongly|erroneously) attached (?:an? |the )|"
     "was attached (?:that|which) should not|(?:wrong|incorrect) file when attaching|"
     "(?:inadvertently|mistakenly|accidentally|wrongly|erroneously) attached to (?:an? |the |that "
     "|this |our )?(?:[a-z]+ )?e-?mail|"
     // "a spreadsheet … was sent to an incorrect email address"; "an employee forgot to hide
     // the recipient list when sending out a mass email".
     "to (?:an? |the )?(?:wrong|incorrect|unintended|mistyped),? (?:third-party )?e-?mail "
     "address|to an? e-?mail address outside\\b|forgot to (?:hide|"
     "conceal|mask|use) (?:the )?(?:recipient|bcc|e-?mail|blind)|"
     // "an email sent to you in error" (the mail rule's "sent … in error" names no medium), "the
     // attachment … was the wrong file".
     "e-?mails? (?:was |were )?sent\\b[^.\\n]{0,40}\\b(?:in error|by mistake)\\b|"
     // "statements were attached to emails addressed to a different donor", "a report … was
     // emailed to an administrator at a different customer".
     "attached to (?:e-?mails?|messages?) (?:addressed|sent) to (?:a |an |the )?(?:different|"
     "wrong|incorrect|another)\\b|e-?mailed to (?:an? |the )?(?:[a-z]+ ){0,3}(?:at |of )?(?:a |an "
     ")?(?:different|wrong|incorrect|unintended)\\b|"
     "attachment\\b[^.\\n]{0,60}\\bwas the (?:wrong|incorrect) (?:file|document|spreadsheet)|"
     // "The email mistakenly included a spreadsheet attachment".
     "e-?mail (?:had )?(?:mistakenly|inadvertently|accidentally|erroneously) (?:included|contained|"
     "carried|had) (?:an? |the )?(?:[a-z]+ )?(?:attachment|spreadsheet|file|document)",
     /*no_medium=*/false},
    {IncidentType::kMisdeliveryMail, 3,
     "誤送付|誤封入|誤発送|誤配送|誤郵送|誤配達|封入誤り|同封|誤って.{0,15}(?:送付|郵送|発送|封入)|"
     // A parcel with another customer's delivery note: "他のお客様の納品書が同梱された".
     "同梱誤り|誤同梱|誤って同梱|(?:他|別)の(?:お客様|お客さま|方|利用者|会員|患者)(?:宛て?)?の"
     "[^。\\n]{0,20}(?:同梱|荷物に入|封筒に入)|"
     "mis-?mail|misdirected (?:[a-z]+ )?(?:mail|letter)|mailing (?:error|vendor)|"
     // "an erroneous mailing", "mislabeled envelopes", "visible in the address windows of the
     // envelopes", "placed … on the outside of mailing envelopes".
     "(?:erroneous|incorrect) mailings?|mislabel(?:ed|led|ing)? (?:the )?(?:letters?|envelopes?)|"
     "address(?:ee)? windows? of (?:the )?envelopes?|envelope address windows?|on the outside of "
     "(?:the )?(?:mailing )?envelopes?|instead of addressing|"
     // "a second tenant's statement had been enclosed by mistake".
     "enclosed (?:by mistake|in error)|"
     // ("council tax bills were sent in the wrong envelope"; not "her son's envelope contained
     // another student's report card", an envelope a school may hand out.)
     "(?:sent|posted|mailed) in the wrong envelopes?|"
     "(?:mailed|sent|letters?) to (?:an? )?(?:wrong|incorrect) (?:mailing )?address|"
     "mailed to (?:the |an? )?(?:wrong|incorrect|unintended)|"
     "incorrect (?:mailing )?address|wrong (?:mailing )?address|postal mail|"
     "mailed .{0,100}?(?:wrong|incorrect|unintended) (?:recipient|member|patient|individual|"
     "person|address|famil|employee|enrollee|subscriber|(?:third "
     ")?part)|(?:letters?|statements?|eobs?|explanations? of benefits|invoices?|"
     "postcards?|envelopes?) .{0,80}(?:wrong|incorrect|unintended) (?:recipient|member|"
     "patient|individual|person|address|famil)|print(?:ing)? (?:and mail(?:ing)? )?vendor|"
     "misaddressed|"
     // "erroneously mailed notices", "open-faced postcards containing ...", "Social Security
     // numbers printed on the mailing label", "seen through the envelope's window".
     "(?:erroneously|mistakenly|inadvertently|incorrectly|accidentally|accidently|improperly) "
     "(?:(?:printed|prepared|stuffed) and )?mailed|"
     // "inadvertently sent a piece of mail", "erroneously sent letters to 1,124 patients".
     "(?:erroneously|mistakenly|inadvertently|incorrectly|accidentally|accidently) sent (?:a piece "
     "of mail|(?:[a-z]+ )?(?:letters|postcards|statements)\\b)|"
     "postcards? (?:containing|that contained|which contained)|open-faced postcard|"
     "(?:printed|visible|displayed|numbers?) on (?:the )?(?:mailing label|address label|envelope|"
     "postcard)|"
     "through (?:the )?(?:envelope(?:['’]s)? )?(?:address )?window|"
     // "mailed the PHI of 3,100 individuals to other individuals", "letters sent to other
     // patients"; "mismatched letters and envelopes" (e-mail wording outranks this). (Not
     // "e-mailed to another client".)
     "(?:^|[^-])\\b(?:mailed|sent|mailing|delivered|addressed) [^.\\n]{0,120}to "
     "(?:other|another|different) (?:individuals?|patients?|members?|customers?|recipients?|"
     "persons?|people|families|households|addresses|clients?|veterans?|parents|students?|"
     "employees?|residents?|policyholders?|beneficiaries|enrollees?)\\b|"
     // ("the receipts of sixty-four donors were sent to another donor's address"; not "sent to
     // another ratepayer's mobile phone".)
     "(?:^|[^-])\\b(?:mailed|sent|mailing|delivered|addressed) [^.\\n]{0,120}to "
     "(?:other|another|different) "
     "(?:donors?|tenants?|ratepayers?)(?:['’]s? (?:postal |home )?(?:address|home|house)|"
     "[^'’a-z])|"
     "mismatch(?:ed|ing)? (?:of )?(?:the )?(?:letters?|envelopes?|names and addresses|mailing)|"
     // "your envelope also held a statement for another parishioner", "31 envelopes contained,
     // together with the right statement, the statement of another parishioner".
     "envelopes? (?:also )?(?:held|contained)\\b[^.\\n]{0,60}\\b(?:statements?|letters?|notices?|"
     "invoices?|bills?|receipts?) "
     "(?:for|of|belonging to|meant for|intended for) (?:another|a different) |"
     // "the second page of some statements was placed in the envelope of another patient".
     "(?:placed|inserted|included|enclosed|put|stuffed) in(?:to)? (?:the |an )?envelopes? "
     "(?:of|for|addressed to|meant for|intended for) (?:another|a different|other)|"
     // "a printing error put two letters on one sheet", "correspondence … delivered in error",
     // "surveys that contained other clients' PHI", "participants received the PHI of other
     // participants".
     "print(?:ing)? (?:error|fulfillment)|(?:mailed|delivered) in error|"
     "(?:inadvertently|mistakenly|erroneously|accidentally) (?:sent|mailed|disclosed|released) "
     "[^.\\n]{0,120}to (?:an? )?unauthori[sz]ed (?:part|individual|recipient|person)|"
     "(?:mailed|sent|letters?|envelopes?|statements?|correspondence|surveys?|mailings?)\\b"
     "[^.\\n]{0,100}\\b(?:contained|containing|included|including) (?:another|other|a "
     "different) (?:individual|patient|member|client|customer|participant|person|recipient|"
     "enrollee|subscriber|beneficiar|policyholder)|"
     // "causing 1,182 members to receive mail that contained another member's name". (Not
     // "mail" at the head of the gap above: it starts one at every "e-mail".)
     "receive mail that contained (?:another|other)|"
     "received (?:the )?(?:phi|ephi|information|records|documents|letters?|statements?) (?:of|"
     "belonging to|for|meant for|intended for) (?:another|other|a different)|"
     // "causing 517 clients to receive another client's PHI", "individuals receiving the
     // wrong billing statements", "erroneously received welcome packets", "sent documents
     // to their former addresses", "a mail merge error".
     "\\breceiv(?:e|ed|ing) (?:another|other|a different) (?:individual|patient|member|client|"
     "customer|participant|person|recipient|policyholder|beneficiar|enrollee|tenant|donor|"
     "ratepayer|resident|account holder)[a-z]*['’]|"
     "\\breceiv(?:e|ed|ing) (?:the |an? )?(?:wrong|incorrect) (?:[a-z]+ )?(?:statements?|letters?|"
     "documents?|invoices?|bills?|eobs?|packets?|forms?|notices?|envelopes?|mail)\\b|"
     "(?:erroneously|mistakenly|incorrectly|inadvertently) received|"
     "(?:sent|mailed|delivered|went) [^.\\n]{0,80}to (?:(?:their|his|her|the|an?|an? "
     "[a-z]+['’]s) )?(?:former|old|outdated|previous|prior) (?:mailing |home )?address|mail "
     "merge|envelope (?:information|contents)|"
     "postcards? (?:that |which )?(?:included|including|displayed|displaying|listed|listing)",
     /*no_medium=*/false},
    // Sent to the wrong party, no medium named: a post, unless the notice names an e-mail or
    // a fax in a strong hit (ClassifyIncident). "was mistakenly shared by the regulator with
    // three optical organisations", "was mistakenly sent to job applicants", "sent test results
    // … to a business by mistake", "reported that they received medical record information in
    // error", "Veteran A received Veteran B's lab results letter in the mail".
    {IncidentType::kMisdeliveryMail, 3,
     "(?:mistakenly|inadvertently|erroneously|accidentally|wrongly) (?:sent|shared|released|"
     "forwarded|provided|mailed)\\b[^.\\n]{0,40}\\b(?:to|with) (?:[0-9a-z]+ ){0,2}(?:people|"
     "persons?|recipients?|organi[sz]ations?|"
     "business(?:es)?|compan(?:y|ies)|applicants?|parents?|famil(?:y|ies)|members?|patients?|"
     "clients?|customers?|individuals?|employees?|staff|agenc(?:y|ies)|providers?|vendors?|firms?|"
     "schools?|reporters?|media|insurers?|third part(?:y|ies)|households?|residents?|students?)\\b|"
     "\\b(?:sent|shared|released|"
     "forwarded|provided|mailed|disclosed)\\b[^.\\n]{0,40}\\b(?:by mistake|in error)\\b|"
     "\\breceived\\b[^.\\n]{0,40}\\bin error\\b|(?:patient|veteran|member|customer|client|employee|"
     "participant|resident|student|parent) a received (?:a |the )?(?:copy of )?(?:patient|veteran|"
     "member|customer|client|employee|participant|resident|student|parent) b['’]?s?\\b|"
     // "Student transportation information sent in error", "sent the PHI of 599 individuals to
     // the wrong recipients".
     "\\bsent in error|"
     // "38 tenants' statements went to another household" (by post; "went to another member's
     // email address" names its medium).
     "(?:statements?|letters?|notices?|forms?) went to (?:an? )?(?:other|another|different|wrong) "
     "(?:household|address|person|tenant|member|customer)(?:[^'’a-z\\n]|$)|"
     "(?:sent|mailing|disclosed|delivered|directed|released|releasing|sending|misdirected) "
     "[^.\\n]{0,"
     "120}to (?:the |an? "
     ")?(?:wrong|incorrect|unintended) (?:recipient|individual|guarantor|patient|"
     "member|person|part|customer|client|subscriber|policyholder|people|famil|household|"
     "facilit|provider|address)",
     /*no_medium=*/true},
    // Papers handed over in person to the wrong person (窓口の誤交付, a list handed to a pupil)
    // and data given to an impostor (at a counter, over the phone, a SIM swap) are `other`
    // (LABELLING.md): neither is postal nor an intrusion.
    {IncidentType::kOther, 3,
     "誤交付|誤配付|誤って.{0,15}(?:交付|手渡|お渡し|配付)|(?:手渡|お渡し)してしまい|"
     "(?:不適正|不適切)な交付|になりすました|本人を名乗る|"
     // "第三者がお客様ご本人になりすまし、偽造された本人確認書類を用いて".
     "になりすまし、|になりすまして(?:来店|窓口|電話|申請|申し込|手続)|偽造された?本人確認書類|"
     "\\bsim[- ]?swap|\\bsim (?:card )?changes?\\b|\\bsim (?:cards? )?reissu|"
     // "SIM cards … were reissued to third parties who impersonated those customers",
     // "individuals who pretended to be customers called".
     "\\bwho impersonated (?:those |our |the )?(?:customers|patients|members|clients)\\b|"
     "\\bwho pretended to be (?:our "
     ")?(?:customers|patients|members|clients)\\b|(?:caller|someone|individual|person|impostor|"
     "imposter|fraudster)s? (?:who )?(?:was |were |had been )?(?:impersonating|posing as|"
     "pretending to be|claim(?:ed|ing) to be)|impersonat(?:ing|ed) (?:a |an |the |our "
     ")?(?:customer|"
     "patient|member|family member|relative|parent|client|account holder)|handed (?:over )?to "
     "(?:the )?wrong|"
     // "handed a parent a folder of papers about their own case. The folder also contained an
     // assessment report about a different household"; "a person who said they were the
     // organizer".
     "handed (?:an? |the )?(?:parent|customer|client|patient|resident|tenant|member|visitor|"
     "applicant|pupil|student) (?:an? |the )?(?:folder|envelope|pack|bundle|file|copy)\\b|"
     "(?:person|caller|someone|individual) who (?:said|claimed) (?:they|he|she) (?:was|were) "
     "(?:the|an?) |"
     // "disclosed to an impostor over the telephone", "posing as a policyholder".
     "\\bimpost[eo]rs?\\b|posing as (?:a |an |the )?(?:policyholder|customer|patient|member|"
     "client|account holder|relative|spouse)|"
     // A text message to the wrong phone (not an e-mail, not a post): "appointment reminder text
     // messages (SMS) were sent to the wrong mobile numbers", "ショートメッセージを誤送信".
     "(?:text "
     "messages?|\\bsms\\b|ショートメッセージ|ショートメール)[^.。\\n]{0,80}(?:wrong|incorrect|"
     "another|different|誤|別の)|(?:wrong|incorrect|different) (?:mobile|cell|phone) numbers?|"
     // "messages were sent to mobile numbers that did not belong to the patient concerned".
     "(?:mobile|cell|phone) numbers? (?:that|which) (?:did not|didn't|does not|do not) belong"},
    // A letter handed over at a desk is no mail, though the notice calls it a letter ("handed
    // a sealed hospital referral letter to the wrong patient at the front desk"): above the mail
    // wording's 3 and its letters.
    {IncidentType::kOther, 4,
     "handed (?:over )?(?:an? |the )?(?:[a-z-]+ ){0,4}(?:letter|envelope|document|form|"
     "prescription|file|folder|papers?) (?:over )?to (?:the )?wrong|(?:letter|envelope|document|"
     "prescription)s? (?:was |were )?handed (?:over )?to (?:the )?wrong|"
     // "a member service representative handed her an envelope that also contained the
     // statement of another member" (not posted: the envelope's words below are a mailing's).
     "handed (?:her|him|them) (?:an? |the )?(?:envelope|letter|statement|folder|papers?)\\b",
     /*no_medium=*/false},
    {IncidentType::kMisconfigurationExposure, 3,
     "設定ミス|設定誤り|設定の誤り|設定不備|閲覧可能な状態|閲覧できる状態|公開状態|誤掲載|"
     // "because of an incorrect setting in the portal", "changed the access setting of the
     // folder from private to public".
     // ("a setting error in our online tenant portal", "an error in the portal's access
     // settings", "published on the online register without the submitters' personal details
     // being removed".)
     "\\bsettings? error|error in (?:the |its |our )?(?:[a-z]+['’]s )?(?:access |sharing |privacy "
     "|security )settings|without [^.\\n]{0,40}\\b(?:details|information|names?) being "
     "(?:removed|redacted|blanked)|"
     "(?:incorrect|wrong|mistaken) (?:access |sharing |privacy |security )?settings?|from private "
     "to public|"
     "公開範囲の設定|誰でも閲覧|"
     "誤って.{0,15}(?:掲載|公開)|misconfigur|viewable (?:on|by|to)|technical error allowed|"
     // "posted a file on an external website".
     "posted [^.\\n]{0,100}(?:on|to) (?:a |its |the )?(?:public )?(?:website|web site|internet)|"
     "posted [^.\\n]{0,60}(?:on|to) (?:a |an |its |the )?[a-z-]+ (?:website|web site)|"
     // "posted a file online", "the data was then published via the Internet". (Not a counted
     // gap after "published" or "uploaded", as after "posted" above: on notices never seen
     // before, one gap with the three heads cost 3.5% more instructions in all.)
     "(?:posted|published|uploaded) (?:(?:an? |the |its )?[a-z]+ )?online|(?:uploaded|published) "
     "(?:to|on|onto|via|over) the internet|incorrect "
     "configuration|configuration "
     "setting|publicly (?:accessible|available|exposed|viewable)|"
     "inadvertently (?:posted|published|exposed|made available)|unsecured (?:cloud )?(?:database|"
     "server|storage|portal|bucket|folder|website|site)|\\bports? (?:was |were )?(?:left )?open\\b|"
     "made it possible (?:for (?:[a-z]+ ){1,3})?to (?:view|see|access)|"
     // "a computer programming error allowed individuals to view the protected health
     // information", "a coding error caused the PHI of 774 individuals to appear on its patient
     // portal".
     "(?:individuals|users|people|others|members|patients|participants|the public) to (?:view|see|"
     "access) (?:the )?(?:protected health information|phi|ephi|personal information)|"
     "to appear on (?:its|the|a|their) (?:[a-z]+ )?(?:portal|website|web site)|"
     "exposed to the internet|without password protection|viewable via|"
     // "saved to a folder on the College's public web server that could be reached without
     // signing in".
     "(?:reached|accessed|viewed|opened|downloaded|read) without (?:signing|logging|having to "
     "(?:sign|log)) in|\\bpublic (?:web ?server|web folder|file server)|"
     "accessible (?:via|on|through|from|over) (?:the |an? )?(?:internet|web|ftp|public)|"
     "(?:was|were) (?:publicly )?(?:available|accessible|viewable|visible) (?:on|via|through|over|"
     "to) (?:the |its |a |an )?(?:public |publicly )?(?:internet|website|web|network server|ftp)|"
     "(?:not properly|improperly) secured|configuration (?:error|issue)|"
     "(?:could|able to) (?:see|view|access) (?:another|other) (?:person|customer|applicant|patient|"
     "member|user|student|individual|participant|people|account|household|famil|donor|client)|"
     // ("results … could be viewed by other logged-in users", "were shown to any logged-in
     // user".)
     "(?:viewed|seen|accessed|shown) (?:by|to) (?:any|other|another) (?:logged-in |signed-in "
     "|registered )?(?:users?|patients?|customers?|members?|clients?)\\b|"
     "誤投稿|誤って.{0,"
     "20}(?:投稿|アップロード)|"
     // Redaction that hid nothing: "黒塗り部分の文字が読み取れる状態", "improperly redacted".
     // A spreadsheet published with a hidden sheet: "非表示としたシートに…個人情報が含まれたまま
     // 公開されていた".
     "含まれたまま.{0,12}(?:公開|掲載)|非表示(?:と|に|の)?(?:した|していた)?(?:シート|列|行|セル)|"
     // "the folder's permissions had been set to \"Everyone except external users\"", "CDNの
     // キャッシュ設定を変更した際", "マイページに他のお客様の登録情報が表示される不具合".
     "permissions (?:had been |have been |were |was )?(?:set|changed|configured) to|"
     "キャッシュ(?:の)?設定|cach(?:e|ing) (?:setting|configuration)|"
     "他の(?:お客様|お客さま|利用者|ユーザー|会員|患者|方)の[^。\\n]{0,20}(?:情報|内容)が表示|"
     // "it also contained a hidden worksheet … which held details of 1,206 households",
     // "personal information published in error".
     "\\bhidden (?:work)?sheets?\\b|\\bhidden (?:tabs?|columns?|rows?)\\b|(?:published|posted|"
     "uploaded) (?:online )?in error|"
     "読み取れる状態|読み取ることができる状態|黒塗り|墨消し|マスキング処理が(?:不十分|不完全)|"
     "(?:improperly|incompletely|inadequately) redacted|unredacted|redaction (?:error|failure)|"
     // "a feature … was accessible without authentication", "could open the invoice without
     // logging in".
     "(?:accessible|available) without (?:authentication|logging in|signing in|a password|a "
     "login)|"
     // "displayed Social Security numbers that should have been redacted", "the original images
     // … instead of the redacted copies", "published without redaction", "returning profile
     // data to requests that had no valid login token".
     "should have been (?:redacted|blacked out)|instead of the redacted|"
     // "Blacked-out sections of the PDF contained text that could be revealed by copying".
     "blacked[- ]out [^.\\n]{0,80}\\bcould be "
     "(?:read|revealed|seen|uncovered|copied)|(?:published|posted|displayed|released|"
     "shown) without (?:redaction|being redacted)|redaction step was skipped|removed (?:the )?"
     "authentication (?:requirement|methods?)|(?:requests|users) (?:that|who) had no valid "
     "(?:login|authentication)|"
     "could (?:open|view|see|access|download) [^.\\n]*without (?:logging|signing) in|"
     // "observations were shown on the online viewer without personal details being removed",
     // "published to the public file instead of being held back for redaction".
     "without (?:the )?(?:personal|private|identifying|contact|sensitive) (?:details|information|"
     "data) (?:being |having been )?(?:removed|redacted|blacked out)|instead of being "
     "(?:held back for |sent for )?redact|"
     // "made the PHI of 745 individuals viewable over the Internet", "posted on a
     // public-facing website", "was made public on its funding portal".
     "(?:viewable|visible|accessible|available|exposed) (?:over|via) (?:the )?internet|"
     "public[- ]facing (?:website|web site|server|portal)|uploaded to (?:a |the )?public|"
     "made (?:publicly )?(?:public|viewable|visible)|"
     // "a test database ... was accessible to the public via the Internet".
     "(?:accessible|available|viewable|visible|exposed) to (?:the )?(?:general )?public|"
     // A link-shared folder: "could be opened by anyone who had the link", "the sharing
     // setting had been changed"; "an employee inadvertently uploaded a spreadsheet".
     "anyone (?:who had|with) (?:the|a) link|sharing (?:setting|permission)s?|"
     // "a coding error in an update displayed another member's account summary".
     "(?:coding|programming|software|caching|technical) (?:error|change|issue|fault)[^.\\n]{0,80}"
     "\\b(?:displayed|showed|returned|exposed)\\b|(?:displayed|showed) (?:another|other) "
     "(?:member|customer|user|patient|client)|"
     // "caused some claimants' correspondence to be displayed to other claimants".
     "(?:displayed|shown) to (?:an)?other (?:members?|customers?|users?|patients?|clients?|"
     "claimants?|applicants?|account holders?)\\b|"
     "(?:inadvertently|mistakenly|accidentally|erroneously) uploaded|made "
     "(?:publicly )?accessible (?:on|via|over|"
     "through|to the public)|"
     // "was potentially accessible online", "PHI on open shares in a network attached storage
     // device", "an insecure file transfer protocol (FTP) site", "a vulnerability enabled
     // patients to view the appointments of other patients".
     "(?:potentially|publicly|was|were|been) accessible online|\\bopen (?:network |file )?shares?"
     "\\b|insecure (?:ftp|file transfer protocol)|(?:enabled|allowed|permitted) (?:patients|"
     "members|users|customers|clients|individuals|students) to (?:view|see|access) [^.\\n]{0,60}"
     "\\b(?:other|another)\\b|"
     // "Files in the media library are public to anyone who has the file's address … picked up
     // by a search engine"; "personal details were published on our website with their
     // submissions", "published in full, with the submitter's personal details still visible".
     "public to anyone\\b|(?:picked up|indexed|found|crawled) by (?:a |an |the )?(?:internet )?"
     "search engines?|(?:details|information|data) (?:were|was|had been) published "
     "(?:on|to) (?:our|the|its|their) (?:website|web site|site)|published with (?:[a-z]+ )?"
     "(?:personal|contact) (?:details|information)|(?:details|information) still visible|"
     // "tenants using its online portal were able to see documents belonging to other tenants".
     "(?:users|tenants|customers|members|patients|clients|students|parents|residents|"
     "applicants|claimants) (?:using [^.\\n]{0,40})?(?:were|was) able to (?:see|view|access|open) "
     "[^.\\n]{0,60}\\b(?:belonging to|of) (?:an)?other\\b|"
     // "set up as a public directory, so that anyone on the internet … could browse the folder".
     "directory listing|public directory|anyone on the internet|"
     // "could be accessed from the internet without a password … a configuration change …
     // had left the storage location publicly readable".
     "publicly readable|(?:accessed|accessible|viewable|readable) from the internet|"
     // "an error in its database allowed the PHI … to be viewed by others", "a storage account …
     // was accessible to persons outside its organization".
     "\\bto be (?:viewed|seen|accessed) by others\\b|accessible to (?:persons|people|individuals|"
     "anyone|parties) outside\\b|"
     "configuration change|"
     // "inadvertently been exposed online", "mispublished on their website", "leaked 70m
     // records through an open elasticsearch server", "a website that exposed 50 Social Security
     // numbers", "the equipment was configured incorrectly".
     "exposed online|\\bmis-?published\\b|\\bopen (?:elasticsearch|mongodb|s3|database|bucket|"
     "(?:cloud )?server|kibana|redis)|(?:website|web site|web page|webpage|portal) (?:that |which "
     ")?(?:exposed|displayed|showed)|configured (?:incorrectly|improperly|wrongly)|"
     "(?:incorrectly|improperly|wrongly) configured|"
     // "the container was set to allow public read access", "could be accessed without a
     // password", "We closed public access".
     // "our membership list could be opened from the \"Members' area\" of our website without a
     // password … could be seen by anyone who found them".
     "(?:could|can) be (?:opened|seen|viewed|accessed)\\b[^.\\n]{0,60}\\bwithout (?:a |any )?"
     "password|(?:seen|viewed|opened|accessed) by anyone who (?:found|visited|knew|had)|"
     "(?:allow|allowed|allowing|permit|permitted|gave|had|with) public (?:read |read-only |list "
     ")?access|(?:closed|removed|disabled|blocked|revoked) (?:the )?public access|(?:could|can) be "
     "(?:accessed|viewed|opened|downloaded) (?:by anyone |from the internet )?without (?:a |any )?"
     "(?:password|login|log-in|authentication)|left [^.\\n]{0,80}\\b(?:publicly )?"
     "(?:accessible|exposed|open|viewable|unsecured) (?:to|on|via|over) (?:anyone|the public|the "
     "internet)",
     /*no_medium=*/false},
    {IncidentType::kTheft, 3,
     "盗難|盗まれ|窃取|車上荒らし|ひったくり|置き引き|空き巣|stolen|theft|burglar|break-in|broke "
     "into|broken into|\\bstole\\b|thie(?:f|ves)|robbery|robbed|removed from .{0,40}without (?:its "
     ")?"
     "(?:consent|permission|authori)"},
    // Data stolen by hackers is an intrusion, not a theft of things: "Hackers who stole 45
    // million customer records", "Data thieves used a massive botnet".
    {IncidentType::kUnauthorizedAccess, 4,
     "\\bhack(?:ers?|ed|ing)\\b[^.\\n]{0,60}\\b(?:stole|stolen|steal|stealing)\\b|"
     "\\b(?:stole|stolen)\\b[^.\\n]{0,60}\\bby (?:hackers?|cyber ?criminals?|attackers?)\\b|"
     "data thie(?:f|ves)|cyber ?thie(?:f|ves)|\\bphished\\b|credential[- ]stuffing|"
     // "The person used email and password combinations that were stolen from other websites";
     // "someone other than you signed in to".
     "password combinations|(?:someone|somebody|a person) other than you (?:signed|logged) "
     "(?:in|on)|"
     "(?:network|system|server|environment)s? (?:experienced|suffered) (?:a |an )?(?:security|"
     "cyber|cybersecurity|data security|network security) (?:event|incident)|\\be-?mail breach|"
     "breached (?:e-?mail )?account|"
     // Credential stuffing in words: "used usernames and passwords obtained from breaches of
     // other websites to sign in to the online banking accounts".
     "(?:usernames?|passwords?|credentials)[^.\\n]*\\b(?:obtained|stolen|leaked|taken) "
     "(?:from|in) "
     "[^.\\n]*\\bto (?:sign|log) ?(?:in|on)\\b|"
     "(?:put |was |were )?(?:up )?for sale (?:on|in) (?:an? |the )?"
     "(?:dark|hacker|crime|criminal|underground|web|internet)|(?:crime|criminal|hacker|hacking) "
     "forums?"},
    {IncidentType::kUnauthorizedAccess, 3,
     "不正アクセス|不正ログイン|なりすまし(?:ログイン|メール|アクセス)|なりすまして(?:不正に)?(?:"
     "ログイン|"
     "アクセス)|乗っ取|sqlインジェクション|リスト型攻撃|"
     "ブルートフォース|サイバー攻撃|ハッキング|フィッシング|不正侵入|改ざん|"
     "suspicious activity (?:in|on|within|related to|involving) [^.\\n]{0,40}(?:e-?mail|account|"
     "network|system|server|environment)|(?:unknown|malicious) (?:actor|party|third party|"
     "individual)s? (?:had )?(?:accessed|gained|obtained|acquired|copied|exfiltrated)|"
     // "an unknown person had signed into that mailbox … after stealing the password through a
     // fake login page".
     "(?:unknown|unauthori[sz]ed|outside) (?:person|party|individual|actor)s? (?:had )?(?:signed|"
     "logged) (?:in|on)|fake (?:login|log-in|sign-in) page|"
     "unauthori[sz]ed (?:remote |network "
     ")?(?:access|party|individual|actor|third|user|person|software|program|entity|"
     "login|code)|hack|phishing|botnet|anomalous activity|gained (?:unauthori[sz]ed )?access|"
     "cyber-? ?(?:security )?(?:attack|incident|event)|intrusion|threat actor|credential|skimm|"
     "e-?mail accounts? (?:was|were) (?:accessed|compromised)|compromised (?:an? |the )?(?:e-?mail|"
     "account|server)|不審な(?:アクセス|ログイン)|"
     "account takeover|e-?mail compromise|social engineering|brute.?force|sql injection|"
     // "had fraudulent provider accounts on its provider portal", "released onto the dark web".
     "fraudulent (?:provider |user |customer |member )?accounts? (?:on|in|were)|dark web|"
     "攻撃者|脆弱性を(?:突|つ|悪用)|遠隔操作|サポート詐欺|偽(?:の)?警告|attackers?\\b|exploited "
     "(?:a |an |the "
     ")?(?:vulnerabilit|flaw|bug)|"
     "abused (?:a |an |the )?(?:vulnerabilit|flaw|bug)|"
     // "someone had added malicious code to our checkout page", "through a vulnerability in a
     // plugin used by our store".
     "(?:malicious|unauthori[sz]ed) (?:code|script|javascript)\\b[^.\\n]{0,40}\\b(?:checkout|"
     "payment|online store|web ?site|web page)|(?:through|via) a vulnerability\\b|"
     // "its electronic medical records system was compromised", "servers were breached".
     "(?:system|server|network|computer|database|website|portal)s? (?:was|were|had been|has "
     "been|have been) (?:compromised|breached|hacked|infiltrated)|unlawfully accessed|"
     // "an employee's email account may have been compromised", "a software vulnerability
     // affected the PHI", "a software application used by its BA exposed the PHI" (OCR's
     // wording for an exploited file-transfer product).
     "e-?mail accounts?\\b[^.\\n]{0,40}\\b(?:been|was|were) (?:accessed|compromised|breached|"
     "hacked)|(?:software|security) vulnerabilit|vulnerability (?:was|were) (?:detected|"
     "exploited|found)|software application (?:used by [^.\\n]{0,60})?exposed|"
     // "its business associate was the victim of a security incident".
     "victim of (?:an? )?(?:security incident|breach|cyber|data security|hack)|"
     // "a database web server was breached by an unknown, external person(s)".
     "(?:breached|accessed|attacked|compromised|infiltrated) by (?:an? )?(?:unknown|external|"
     "outside|unidentified|unauthori[sz]ed)"},
    // Access by the organisation's own staff, which a notice may still call unauthorised
    // ("Unauthorised Access to Member Records by an Employee", "職員による不正閲覧"):
    // outranks the intrusion wording.
    {IncidentType::kInsiderMisuse, 4,
     // "accessed health records without a work reason", "without any reason related to their
     // job", "no business reason".
     "(?:no|without (?:a|any)) (?:work|business|job|legitimate work|legitimate business)"
     "(?:-related)? (?:reason|need|purpose)|without (?:any )?reason (?:related|connected) (?:to|"
     "with) (?:their|his|her) (?:job|work|role|duties)|"
     // "records that were not connected to her role", "without a policing purpose", "The
     // exports were not needed for the employee's work", "職務上の必要がないにもかかわらず".
     "not connected (?:to|with) (?:their|his|her) (?:job|work|role|duties)|"
     // "opened records with no connection to their duties", "accessed police systems for
     // personal reasons", "checks … with no policing purpose".
     "(?:with )?no connection (?:to|with) (?:their|his|her) (?:job|work|role|duties)|"
     "(?:accessed|viewed|looked at|searched|checked)\\b[^.\\n]{0,60}\\bfor (?:personal|private) "
     "reasons|no policing purpose|without a (?:policing|"
     "lawful|clinical|professional) purpose|not needed for (?:the employee['’]s|their|his|her) "
     "(?:work|job|role|duties)|職務上の必要|職務外の目的|私的な(?:興味|関心|理由)|"
     "(?:accessed|viewed) without authori[sz]ation by (?:an? |one of (?:our|its) )?(?:former |"
     "current )?(?:employee|staff member|workforce member|worker)|"
     "unauthori[sz]ed access (?:to [^.\\n]{0,50})?by (?:an? |one of (?:our|its) |our |its |a "
     "former )?(?:employee|staff member|member of (?:our |its )?staff|workforce member|colleague|"
     "clerk|worker)|(?:職員|従業員|社員|従業者)による不正(?:アクセス|閲覧|取得|持ち出し)|"
     // Taken by the organisation's own people: "their information was stolen by a former
     // employee", "an employee theft has exposed 12,517 patients", "a state contract worker who
     // downloaded the addresses of 3.8 million people", "bank teller misused privilege".
     "\\b(?:stolen|taken|stole|downloaded|copied|removed|sold) by (?:a |an |one |two |three "
     ")?(?:of (?:its|their|our) )?(?:former |current |rogue |disgruntled |contract )?(?:employee|"
     "staff member|worker|contractor|workforce member|nurse|physician|clerk|insider)s?\\b|"
     "\\b(?:employee|insider) theft|(?:contract worker|contractor|employee|staff member|teller|"
     "clerk)s? who (?:downloaded|copied|took|stole|sold|misused|accessed)\\b|misused "
     "(?:(?:his|her|their) )?(?:access|privileges?|position)|abused (?:his|her|their) (?:access|"
     "privileges?|position)"},
    {IncidentType::kInsiderMisuse, 3,
     "(?:employee|workforce member|physician|staff member|nurse)[a-z -]{0,20} "
     "(?:impermissibly|improperly|inappropriately|intentionally) "
     "(?:accessed|accessing|emailed|disclosed|used|took)|"
     "impermissibly accessing|to (?:his|her|their|an?)(?:/(?:his|her|their))? (?:personal|home) "
     "e-?mail|"
     // "emailed PHI to her husband", "to himself", "misappropriated a digital file", "was
     // arrested for selling confidential information".
     "\\bto (?:his|her|their) (?:husband|wife|spouse)\\b|\\bto (?:himself|herself|themselves)\\b|"
     "misappropriat|arrested (?:for|and charged with) "
     "(?:selling|stealing|taking|using|misusing|possessing|obtaining)|"
     "不正に(?:取得|持ち出|閲覧|利用|照会|入手)|不正閲覧|業務上の必要|私的な?目的|無断で(?:持ち出|"
     "閲覧|利用)|目的外(?:の)?(?:利用|"
     "閲覧)|"
     "私的に(?:利用|閲覧)|元従業員|元社員|元職員|元(?:講師|スタッフ|アルバイト|教員|役員|"
     "派遣社員)による|insider|employee (?:accessed|viewed|looked up)|"
     "out of (?:personal |idle )?curiosity|"
     "inappropriately accessed|without (?:a |any )?(?:legitimate )?(?:business|job-related) "
     "(?:need|reason|purpose)|"
     "snoop|outside the scope of|impermissibly (?:accessed|viewed|disclosed|used|shared|"
     "downloaded|took|removed|exfiltrated)|(?:employee|workforce member|staff member|clerk|"
     "physician|nurse)s?[a-z ()’'-]{0,40} "
     "(?:impermissibly|improperly|inappropriately|intentionally|knowingly) "
     "(?:accessed|accessing|e-?mailed|disclosed|used|took|shared|viewed|downloaded|removed|"
     "acquired|obtained)|"
     "without (?:an? )?(?:authori[sz]ed|legitimate|valid|work-related|business) (?:purpose|reason|"
     "need)|(?:former )?(?:employee|workforce member|staff member)s? (?:of [^.\\n]{0,60} )?(?:took|"
     "removed|downloaded|kept|retained|sold|exfiltrated)|rogue employee|"
     // "former employees accessed PHI outside of their normal job duties and used it to
     // process fraudulent tax returns".
     "outside (?:of )?(?:their|his|her|the employee['’]?s['’]?) (?:normal |regular )?(?:job|work) "
     "(?:duties|"
     "responsibilities)|(?:employee|workforce member|staff member)s?\\b[^.\\n]{0,120}\\b(?:"
     "fraudulent|fraud)\\b|"
     // "a workforce member accessed medical records ... without authorization".
     "(?:employee|workforce member|staff member|clerk|physician|nurse)s?\\b[^.\n]{0,60}\\b(?:"
     "accessed|viewed|disclosed|shared|looked up)\\b[^.\n]{0,80}without (?:authori[sz]ation|"
     "permission)|"
     "no (?:business|work-related|legitimate) (?:need|reason|purpose)|employee misconduct|"
     // "disclosed patient information to someone without a need to know", "accessed medical
     // records of two patients without their consent".
     "without (?:a |any )?need to know|(?:accessed|viewed|looked at|disclosed|shared)\\b[^.\\n]{0,"
     "80}\\bwithout (?:their|the patients?['’]?|his|her) (?:consent|knowledge)|"
     // "did not have a job specific purpose for accessing".
     "job[- ]specific (?:purpose|reason|need)|"
     "(?:employee|staff "
     "member|worker|clerk)\\b[^.\\n]{0,60}\\b(?:took|copied|downloaded|removed|sold)"
     "\\b[^.\\n]{0,40}without (?:authori[sz]ation|permission)|興味本位|業務外の目的|"
     // "業務と関係のない目的で…複製し", "患者情報の不正な持ち出し".
     "業務(?:と|に)(?:は)?(?:関係|関連)(?:の|が)?ない|不正な持ち出し|"
     // "accessing and printing records in excess of their job duties", "an employee
     // photographed computer screens".
     "in excess of (?:their|his|her) (?:job|work)|(?:employee|workforce member|staff "
     "member)s?\\b[^.\\n]{0,40}\\bphotographed|"
     // Data taken by someone leaving: "two former employees impermissibly obtained PHI",
     // "prior to leaving, copied patients' demographic information", "on her last days of
     // employment", "e-mailed spreadsheets to her own and a family member's personal e-mail
     // addresses", "used the PHI for solicitation".
     "impermissibly (?:obtained|copied|sent|e-?mailed|provided|forwarded|printed|uploaded|stored|"
     "access)|"
     // "was using patient credit card numbers to make personal purchases".
     "\\bpersonal purchases\\b|"
     // "an employee had misused the collection system", "2 internal actors", "a waiter arrested
     // for duplicating patrons' bank cards", "uses access to the card machine to process returns
     // onto his own card".
     "\\bmisused (?:the|his|her|their|its) |\\binternal actors?\\b|(?:waiter|waitress|cashier|"
     "clerk|teller|bartender|employee)s?\\b[^.\\n]*\\b(?:duplicat|skimm|clon)(?:ing|ed)\\b|"
     "\\buses? (?:his|her|their) access\\b|\\buses? access to [^.\\n]* to |"
     // ("a former volunteer registrar had exported our registration database".)
     "former (?:volunteer |)(?:employee|workforce member|staff "
     "member|physician|nurse|contractor|worker|volunteer|registrar|treasurer|secretary|tutor|"
     "teacher|coach|instructor)s?\\b[^.\\n]{0,60}"
     "\\b(?:used|copied|obtained|accessed|took|e-?mailed|downloaded|kept|retained|sold|provided|"
     "forwarded|printed|exported|exfiltrated|was in possession)\\b|(?:prior to|before|upon|when) "
     "(?:leaving|departing|(?:his|her|their) "
     "(?:departure|resignation))\\b[^.\\n]{0,60}\\b(?:copied|took|downloaded|e-?mailed|"
     "forwarded|printed|exported)\\b|(?:took|copied|downloaded|e-?mailed|forwarded|printed|"
     "exported)\\b[^.\\n]{0,"
     "100}\\b(?:prior to|before|upon) (?:leaving|departing|(?:his|her|their) (?:departure|"
     "resignation))|(?:last|final) days? of (?:(?:his|her|their) )?employment|to (?:his|her|their) "
     "own\\b[^.\\n]{0,40}\\bpersonal e-?mail|to (?:an? )?(?:external|outside) personal e-?mail|"
     "(?:at|for|to) (?:his|her|their) new (?:employer|job|practice|company|firm)|"
     "(?:for|in) (?:solicitation|(?:his|her|their) (?:own|personal) (?:use|benefit|business|gain)|"
     "personal gain)\\b|without (?:the )?(?:permission|authori[sz]ation|knowledge|consent) (?:of|"
     "from) (?:the )?(?:ce|covered entity|practice|employer)\\b",
     /*no_medium=*/false},
    {IncidentType::kImproperDisposal, 3,
     "誤廃棄|誤って廃棄|誤った廃棄|誤って.{0,15}(?:処分|溶解|破棄|排出)|資源ごみとして|古紙回収に|"
     // "段ボール箱34箱分を…溶解処理せず、…山林に投棄した": dumped instead of destroyed.
     "不法投棄|投棄(?:し|され)|(?:溶解|廃棄|裁断)処理(?:せず|されず|を行わ(?:ず|なかった))|"
     // "a house-clearance firm … sold four of our old filing cabinets at a furniture auction"
     // (with files in their drawers).
     "\\b(?:sold|auctioned|donated) [^.\\n]{0,40}\\b(?:filing cabinets?|office furniture|"
     "desks? with)|"
     // ("One of the filing cabinets sold that day had not been emptied".)
     "filing cabinets? (?:that were |which were )?(?:sold|auctioned|donated)\\b|"
     // "paper records … were not removed from filing cabinets before the cabinets were sold".
     "not (?:been )?(?:removed|emptied|taken out) (?:from|of) [^.\\n]{0,60}before [^.\\n]{0,40}"
     "(?:sold|auctioned|donated|disposed|recycled|scrapped)|"
     "不適切な廃棄|不適正な(?:廃棄|処分)|古紙として|資源回収に出|(?:一般|可燃|燃える)ごみとして|"
     // "データを消去しないまま売却", "データ消去を行わずに…売却": a device sold or handed on
     // with its data.
     "(?:データ|情報)(?:を|の)?消去(?:しない|せず|を行わず|をせず|されない)[^。\\n]*"
     "(?:売却|譲渡|廃棄|処分|返却|引き渡)|不適切な処分|"
     "improper(?:ly)? dispos|(?:improperly|impermissibly|inappropriately) discarded|dumpster|"
     // "sold several audiology devices without removing the protected health information",
     // "abandoned protected health information", "found in its former hospital that was
     // vacated", "left at its old facility".
     "without (?:first )?(?:removing|wiping|erasing|deleting) (?:the |its |their )?(?:protected "
     "health information|phi|ephi|data|patient (?:data|information))|abandoned (?:protected "
     "health information|phi|records|documents|files|medical records|boxes)|(?:at|in) (?:its|the|"
     "their) (?:former|old|vacated) (?:facility|hospital|office|building|premises|location|"
     "clinic)\\b|threw (?:out|away)|thrown (?:out|away)|"
     "in (?:the|a) (?:trash|garbage|recycling bin)|regular trash|landfill|placed in (?:the |a "
     ")?(?:trash|recycling|"
     "garbage)|(?:trash|garbage|recycling|waste|rubbish) (?:bin|can|container|truck)|regular "
     "recycling|"
     // "boxes of old rates files were put out for general recycling instead of being securely
     // shredded".
     "(?:general|ordinary|household|mixed|domestic) (?:recycling|waste|rubbish|trash|garbage)\\b|"
     // "mistakenly placed with the regular garbage", "cabinets sold at a public auction … were
     // found to still contain around 70 property files".
     "(?:with|into|in) the (?:regular|ordinary|normal) (?:garbage|trash|rubbish|waste)\\b|"
     "(?:sold|auctioned|donated)\\b[^.\\n]{0,80}\\b(?:found to )?still contain|"
     // "filing cabinets sold at a public auction of surplus council furniture contained old
     // rates records", "disposed of without being destroyed securely".
     "(?:sold|auctioned) at (?:an? )?(?:public )?auction\\b[^.\\n]{0,80}\\b(?:contained|held)\\b|"
     "without being (?:securely )?(?:destroyed|shredded)|"
     "instead of (?:being )?(?:securely )?(?:shredded|destroyed)|"
     // "paper records were disposed of incorrectly", "placed in an open skip" (a skip is a
     // British and Irish dumpster).
     "dispos(?:ed|al) of [^.\\n]{0,40}(?:incorrectly|improperly|inappropriately|in error|by "
     "mistake)|(?:in|into) (?:an? |the )?(?:open |builders'? |waste )?skip\\b|"
     // "files ... had been disposed of inadvertently", "disposed of notes at a recycling center".
     "disposed of inadvertently|(?:inadvertently|mistakenly|accidentally) (?:disposed|discarded|"
     "shredded)|recycling (?:center|centre|facility)|"
     // "its business associate improperly destroyed the PHI", "shredded documents … used as
     // packing material", documents "left in office space that it no longer occupies", "in a
     // vacated area of their facility".
     "improperly destroyed|packing material|(?:office|space|building|premises) (?:that |which )?"
     "(?:it|they|we) no longer occup|vacated (?:area|office|space|building|premises)|"
     // "records found dumped along West Mesa", "found dumped in an abandoned council building",
     // "have not been properly destroyed".
     "\\bdumped (?:in|on|along|at|behind|near|outside|by)\\b|not (?:been )?properly (?:destroyed|"
     "disposed|shredded)|"
     // "a filing cabinet … was sold at auction without being emptied first", "copiers returned
     // without their hard drives being wiped", "disposed of without shredding".
     "(?:sold|auctioned|donated|resold|returned|recycled|disposed of|discarded)\\b[^.\\n]*"
     "without (?:being |first being |having been "
     ")?(?:emptied|wiped|erased|cleared|shredd(?:ed|ing)|"
     "sanitized|sanitised)|(?:hard drives?|disks?|storage) (?:being |were not |was not )?"
     "(?:wiped|erased) (?:before|prior to) (?:being )?(?:sold|returned|disposed|recycled)"},
    {IncidentType::kLoss, 3,
     "紛失|置き忘れ|所在不明|遺失|見当たらな|misplaced|lost (?:or stolen|a |an |the |its |his |her "
     ")|"
     "loss of (?:a |an |the )|lost (?:documents|paperwork|files|records|charts|binders?|a "
     "box)|went missing|is missing|are missing|unable to locate|(?:was|were) (?:missing|lost)|"
     // "could not locate an unencrypted portable hard drive … was found to be missing".
     "could ?n[o']t locate|(?:found|discovered) to be missing|"
     "lost in (?:the mail|transit|the post)|never (?:received|arrived)|could not be "
     "(?:located|found)|"
     "can ?not be (?:located|found)|fell (?:off|out)|flew out|"
     // "has been lost", "lost (while taking public transit) his briefcase", "loses backup
     // CDs", "the missing thumb drive", "have gone missing", "did not reach destination",
     // "never made it to his home address", "left their chart on the roof of the car".
     "(?:has|have|had) been lost\\b|\\blost \\([^)\\n]{0,60}\\) (?:his|her|their|its|a|an|the)\\b|"
     "\\blos(?:es|ing) (?:a |an |the |its |his |her |their |sensitive |backup |[0-9]+ )|"
     "\\bmissing (?:[a-z]+ )?(?:drive|laptop|files?|records?|documents?|device|disc|disk|cds?|"
     "tapes?|box(?:es)?|folders?|binders?|charts?|usb|stick)\\b|gone missing|"
     "did not (?:reach|arrive at) (?:(?:its|the|their) )?(?:destination|recipient)|never (?:made "
     "it|"
     "reached|arrived) (?:to|at)\\b|on the roof of (?:the |a |his |her |their )?(?:car|vehicle)|"
     "\\blost it\\b|"
     // "its business associate lost CDs", "lost two unencrypted laptops", "a package
     // ... lost in the process of shipping", "misrouted deposit bags".
     "lost (?:[a-z]+ ){0,3}(?:cds?|dvds?|disks?|diskettes?|laptops?|drives?|devices?|computers?|"
     "tapes?|phones?|tablets?|charts?|binders?|boxes|folders?|packages?|backups?|envelopes?|"
     "documents?|papers?|bags?)\\b|"
     // "was unable to account for a total of 49 boxes", "discovered a laptop missing".
     "unable to account for|\\b(?:laptop|computer|drive|device|tablet|phone|box(?:es)?)s? "
     "missing\\b|"
     "lost in (?:the )?(?:process|shipping|shipment|mail)|damaged in transit|misrouted|"
     "lost (?:during|while) (?:shipping|shipment|transit|being shipped)|"
     // "a parcel opened and damaged during the mailing process", "left behind a day planner",
     // "flash drives were reported missing", "failed to return four backup tapes".
     "damaged (?:and opened )?(?:while |during )(?:in )?(?:transit|the mailing|shipping|"
     "delivery)|left behind|reported (?:as )?missing|failed to return|"
     // "two compact disks ... which were mislaid", "not delivered to the intended recipient".
     "\\bmislaid\\b|not (?:been )?delivered to the intended|"
     // "left a folder of records … in a public restroom", "had been lost or accidentally
     // destroyed within the U.S. Postal Service".
     // ("left a tote bag on the bus"; "the bag has not been recovered"; "left a backpack on a
     // bus … The backpack has not been handed in".)
     "\\bleft (?:an? |the |his |her |their )?(?:[a-z]+ )?(?:folder|binder|bag|box|envelope|laptop|"
     "phone|document|file|record|chart|notebook|briefcase|backpack|rucksack|satchel|suitcase)s?"
     "\\b[^.\\n]{0,60}\\b(?:in|on|at) "
     "(?:an? |the )?"
     "(?:public|restroom|bathroom|taxi|cab|train|bus|restaurant|airport|store|shop)|"
     "\\b(?:had been|was|were|been) lost or (?:accidentally )?destroyed|(?:has|have) not (?:yet )?"
     "been (?:recovered|found|located|handed in)|"
     // Papers found where someone dropped them: "found two documents … on the floor", "found
     // patient progress notes in the middle of the street", "found in a neighborhood driveway".
     "\\bfound\\b[^.\\n]*\\b(?:on the floor|in the (?:middle of the )?(?:street|road)|in "
     "(?:a|the) (?:[a-z]+ )?driveway|on (?:a|the) (?:sidewalk|pavement|road|street|ground)|in "
     "(?:a|the) parking (?:lot|garage)|on (?:a|the) (?:bus|train|bench))"},
    // weaker hints
    {IncidentType::kUnauthorizedAccess, 1,
     "侵入|compromised|hacking|network server|e-?mail account"},
    {IncidentType::kMisdeliveryMail, 1, "郵送|郵便|封筒|mailing|mailed|letter|envelope"},
    {IncidentType::kMisdeliveryEmail, 1, "メール|e-?mail"},
    {IncidentType::kImproperDisposal, 1, "廃棄|disposed|discarded|shred"},
    {IncidentType::kLoss, 1, "\\blost\\b|\\bloss\\b|missing|なくし"},
    {IncidentType::kMalwareRansomware, 1, "ウイルス|ウィルス|virus|encrypted"},
};

// One capture-free regex per type rule (counting matches of a capture-free
// regex needs only RE2's DFA), each compiled the first time a notice needs it:
// a one-file run needs a few of the rules, and which rules may match at all
// comes from the LinePresence over TypeRuleForms() the caller already has.
class TypeRuleRegexes {
 public:
  const RE2& operator[](size_t i) const {
    Slot& s = slots_[i];
    std::call_once(s.once, [&s, i] {
      RE2::Options o;
      o.set_max_mem(16 << 20);
      o.set_never_capture(true);
      s.re = std::make_unique<RE2>(kTypeRules[i].pattern, o);
    });
    return *s.re;
  }

 private:
  struct Slot {
    std::once_flag once;
    std::unique_ptr<RE2> re;
  };
  mutable std::array<Slot, std::size(kTypeRules)> slots_;
};

const TypeRuleRegexes& TypeRegexes() {
  static const TypeRuleRegexes* r = new TypeRuleRegexes();
  return *r;
}

struct ItemRule {
  DataItem item;
  const char* pattern;
};

// Checked in order: the first rule whose pattern occurs in a phrase names it
// (e-mail before address, insurance before generic numbers, ...).
constexpr ItemRule kItemRules[] = {
    // 世帯主氏名 is a name (LABELLING.md); 世帯主 alone or its 続柄 fits nowhere.
    {DataItem::kName, "世帯主(?:の)?氏名"},
    // A parcel (identification) number is no ID document.
    // Enrolment in a benefit plan is no schooling.
    // Nor is a claim's number an insurance number, nor an IP address one to write to.
    // A user name is no password ("university usernames (not passwords)").
    // A pupil's free or reduced-price meal status is no amount of money.
    {DataItem::kOther,
     // A loyalty scheme's points are no money (LABELLING.md: points → other).
     // A customer's gas or water usage (ガスご使用量) is no dose (用量).
     // (Nor a prescription's or an order's number a health record or an account, LABELLING.md.)
     "世帯主|使用量|parcel|benefits? enrol|claim numbers?|prescription numbers?|order "
     "numbers?|points? "
     "balances?|ポイント残高|保有ポイント|\\bip address|\\busernames?\\b|\\buser "
     "(?:names?|ids?)\\b|reduced[- ]price (?:meals?|lunch)|meal eligibility|lunch status"},
    {DataItem::kEmail, "メールアドレス|メアド|eメール|電子メール|e-?mail"},
    // (Other countries' numbers of the kind: "National Insurance number", "tax file number",
    // "social insurance number", "PPS number".)
    {DataItem::kMyNumberOrSsn,
     // ("IRD numbers": New Zealand's tax numbers.)
     "マイナンバー|個人番号|social security|\\bssns?\\b|\\bird numbers?|taxpayer id|national "
     "insurance "
     "numbers?|tax file numbers?|social insurance numbers?|\\bpps numbers?|\\bppsn\\b|"
     "personal public service"},
    // Before 保険証: an insurance policy (保険証券) number is the customer's account
    // ("insurance policy numbers" likewise, LABELLING.md).
    // (Not a health or dental insurance policy's: "health insurance policy numbers" is the
    // insured's number.)
    {DataItem::kAccountNumber, "証券番号|^insurance policy numbers?"},
    // Before "member number": a shop's rewards member is no insured member.
    {DataItem::kAccountNumber, "(?:rewards?|loyalty) member (?:id|number)"},
    // Before "card number": a library card is no payment card ("利用者カード番号" at a
    // library, "診察券番号" at a clinic); a member's code is the number a body gives them.
    {DataItem::kAccountNumber,
     "library card|利用者カード|図書館カード|貸出カード|診察券|(?:組合員|会員|顧客|お客様|お客さま)"
     "コード|証書番号"},
    // Before "image" (photo): a picture of an ID document is the document ("本人確認書類の画像").
    {DataItem::kDriversLicenseOrId, "本人確認書類|身分証明書"},
    {DataItem::kInsuranceNumber,
     "被保険者証|保険証|被保険者番号|保険者番号|健康保険|health insurance|insurance "
     "(?:id|number|information|card|plan)|"
     "member (?:id|number)|medicare|medicaid|記号|subscriber (?:id|number)|health card|"
     // The public health services' patient numbers (LABELLING.md: Medicare / health card).
     "\\bnhs numbers?|\\bnhi numbers?|health and care numbers?|personal health "
     "numbers?|\\bphns?\\b|"
     // "medical card numbers" (Ireland), "Saskatchewan health services numbers", "health
     // numbers" (Ontario).
     // ("Manitoba Health registration numbers", a province's health card.)
     "medical card|health services? numbers?|\\bhealth numbers?|health registration numbers?|"
     "insurance (?:carrier|company|provider|policy)|insurer|health plan|health fund"},
    // Before "card number": an identification card is not a payment card.
    // Before "image" and "scan": a picture of an ID document is the document ("driver's
    // license images", "passport scans"); 在留カード番号 is no payment card's number.
    // ("旅券有効期限", "passport expiry dates": the document's expiry, not a payment card's.)
    {DataItem::kDriversLicenseOrId,
     "identification card|non-driver|在留カード|residence cards?|(?:driver['’]?s?|driving) "
     "licen[cs]es? "
     "(?:images?|scans?|photos?|copies)|passport (?:images?|scans?|photos?|copies)|"
     "(?:旅券|パスポート|免許証?)の?有効期限|passport (?:expiry|expiration)"},
    {DataItem::kDateOfBirth, "生年月日|誕生日|birth|\\bdobs?\\b"},
    {DataItem::kCreditCard,
     "クレジットカード|カード番号|有効期限|セキュリティコード|credit card|debit card|card "
     "number|cvv|\\bcvc\\b|payment card|"
     // The card's own details: "expiration date", "card security code" (not a password).
     "expiration dates?|expiry dates?|(?:card )?security codes?|card verification"},
    {DataItem::kPassword,
     "パスワード|暗証番号|パスコード|password|passcodes?|\\bpins?\\b|security questions?|"
     "(?:log-?in|online banking) credentials"},
    {DataItem::kAccountNumber,
     // ("property assessment numbers", a council's rates account; "donor number".)
     // (A tenancy's reference, not "the type of legal matter (for example tenancy, …)".)
     "口座|顧客番号|会員番号|tenancy (?:numbers?|references?|ref|accounts?|ids?)|assessment "
     "numbers?|donor (?:number|id|reference)|"
     "(?:customer|reference|client|claimant) "
     "(?:id|number)|加入員番号|加入者番号|組合員番号|金融機関|支店名|お客様番号|"
     "お客さま番号|証券番号|契約番号|利用者番号|患者id|患者番号|診察券番号|policy "
     "number|ログインid|ユーザーid|account "
     "(?:number|information)|"
     // "口座番号、支店名、科目": the kind of bank account.
     "^科目$|預金種目|預金科目|口座種別|"
     "bank account|financial account|loan (?:numbers?|accounts?)|routing number|account "
     "reference|(?:loyalty|rewards?|membership|club) (?:card )?(?:numbers?|ids?)|wire "
     "(?:instructions|"
     "transfer)|bank details|(?:checking|savings|share|loan|deposit) accounts?|\\bmrns?\\b|medical "
     "record "
     "number|patient "
     "(?:id|number|account)"},
    // "the type of legal matter (for example tenancy, fines or debt)", "tenancy agreements":
    // what a tenancy is about fits nowhere (its reference is an account, above; its
    // applications are papers that held the items).
    {DataItem::kOther, "tenancy(?:$| agreements?| details| type| status| matters?)"},
    {DataItem::kPhone,
     "電話|携帯|内線|\\btel\\b|phone|fax番号|mobile numbers?|cell numbers?|連絡先|"
     // "emergency details": whom to call in an emergency.
     "emergency (?:contact )?(?:details|contacts?|numbers?)"},
    // "市町村名": where someone lives, given only down to the municipality.
    // ("部屋番号", "住戸番号", "団地名", "unit number": where in a building someone lives.)
    {DataItem::kAddress,
     "住所|所在地|居所|市町村名|市区町村名|address|部屋番号|号室|住戸番号|団地名|"
     "(?:unit|apartment|flat) numbers?|郵便番号|post ?codes?|zip(?: codes?)?\\b|\\bsuburbs?\\b"},
    {DataItem::kSex, "性別|\\bsex\\b|gender"},
    {DataItem::kHealthInformation,
     "病名|傷病|診断|健診|検診|病歴|既往|健康|診療|検査|カルテ|処方|服薬|治療|障害|介護|手帳|受診|"
     // "画像所見" (findings of an imaging exam), not a photograph (a report card's 所見 is a
     // teacher's remarks).
     "(?:画像|検査|診察|読影|医師の)所見|通院|入院|"
     // "asthma or a hearing aid", "notes on their disability", "a psychoeducational assessment".
     "asthma|hearing aids?|disabilit|impairment|psycho|psychiatr|"
     "身長|体重|血圧|血糖|"
     "medical|"
     "diagnos|"
     "アレルギー|医療機関|treatment|health|clinical|prescription|\\blab\\b|condition|medication|"
     // "栄養指導の記録", "injury being treated".
     "栄養指導|\\binjur(?:y|ies)\\b|"
     "procedure|"
     "appointment|test results?|dates? of service|descriptions? of services?|allerg|x-rays?|"
     "dosage|"
     "immuni[sz]ation|vaccin|予防接種|ワクチン|"
     // Special education: "disability classifications", "identified exceptionality";
     // codes that name a treatment: "billing codes", "diagnosis codes".
     "disabilit|exceptionalit|(?:billing|procedure|diagnosis|cpt) codes?|"
     // A clinic's or a dentist's records: "dental charts", "dialysis schedule", "the breast
     // clinic they were booked into".
     "透析|調剤|薬剤|薬歴|dialysis|charting|prescriber|dental "
     "(?:charts?|records?|x-rays?|treatment|history|notes|images)|"
     "\\bcharts?\\b|(?:breast|fertility|sexual health|mental health|std|hiv|addiction|"
     "maternity|oncology|cancer|psychiatric|diabetes) clinic|"
     // A care home's and a pharmacy's records: "care plans", 用量 (a dose).
     "care plans?|care records?|用量|用法|"
     // "drug name, dose", "visit frequency" (home care).
     "\\bdoses?\\b|drug names?|visit frequency|frequency of (?:visits|care)|types? of care|"
     "訪問(?:回数|頻度)|"
     // "pathology results", "follow-up instructions", "dietary notes".
     "patholog|follow-up (?:instructions|care|appointments?)|discharge instructions|"
     "\\bdiet(?:ary)?\\b|"
     // "the reason for the appointment", "the reason for referral".
     "reasons? for (?:the |their |your |his |her )?(?:appointments?|visits?|referrals?|"
     "admissions?|consultations?)|"
     // "visit history", "admission and discharge dates", "tests ordered", "diabetes".
     // "the type of visit (for example, cleaning or root canal consult)": what a clinic saw
     // the patient for.
     "visit (?:history|dates?|types?|reasons?)|types? of (?:visits?|appointments?)|"
     "admission dates?|\\badmission$|discharge dates?|tests? "
     "ordered|diabetes|"
     "epilep|seizures?|\\billness|\\bdiseases?\\b|symptoms?|"
     // "服用中のお薬", "紹介目的" (of a referral to another doctor), "発達の状況", "care needs",
     // "notes from visits", "progress notes", "referral letters", "developmental delay".
     "お薬|服用|紹介目的|紹介状|発達|care needs?|notes from (?:the |their |your )?visits?|"
     "visit notes|progress notes|referral letters?|developmental|"
     // "手術日、術式", "診察内容", "訪問時の介助内容", "nurse's office notes", "consultation
     // notes", "test requested", "blood tests", "counselling notes", "provider seen" (a
     // surgery, an examination, personal care, a nurse's or a therapist's record, the
     // clinician seen).
     "手術|術式|診察|介助|\\bnurse|\\bsurg(?:ery|ical)|consultation notes|clinical notes|"
     "tests? requested|blood (?:tests?|work|samples?)|counsell?ing (?:notes|records?|sessions?)|"
     "\\btherap(?:y|ies|ist)|providers? seen|(?:treating|attending) "
     "(?:physician|doctor|clinician)"},
    {DataItem::kFinancialInformation,
     // (取引 of money, not お取引先様, the firms the notice's people work for.)
     "収入|年収|銘柄|所得|税|給与|年金額|預金|残高|取引(?:[^先]|$)|金額|支給額|請求(?:[^者]|$)|"
     "financial|"
     // ("taxpayer names" are names: a tax, not a taxpayer.)
     "income|\\btax(?:es)?\\b|premiums?\\b|"
     "salary|payment|pay stubs?|\\bpaid\\b|\\brent\\b|\\bdeductions?\\b|"
     "balance|amount|pay rates?|\\baid\\b|contribution|\\bwages?\\b|transaction|"
     "billing|billed|\\bowed\\b|payroll|\\bprices?\\b|時給|給料|賃金|報酬|額|保険料|"
     "bank statements?|pay ?slips?|arrears|benefits? information|利用明細|入出金|取引明細|"
     // "details of benefits received", "wage and withholding information", "estate plans".
     "benefits? (?:received|paid|amounts?|payments?)|withholding|estate plans?|"
     // "instalment dates": when money is due.
     "instal(?:l)?ments?|"
     // A council's "charges payable".
     "charges payable|"
     // "奨学金の種類", "給付", "償還状況", "estimated annual pension": money granted, lent,
     // repaid or paid out.
     "奨学金|^給付$|給付額|償還|pensions?\\b|"
     // "賃料", "家賃", "授業料": rent and fees due; "capital improved value": a property's
     // valuation for its rates.
     "賃料|家賃|学費|授業料|tuition|capital (?:improved )?values?|property valu|assessed valu"},
    {DataItem::kPhoto, "写真|画像|photo|image"},
    {DataItem::kSchoolOrGrade,
     "学年|学校名|クラス|成績|学籍|学歴|出席番号|学級|学部|学科|評定|得点|偏差値|学年順位|"
     // A student's work graded ("レポート評価") and a field of study ("major").
     "(?:レポート|課題|試験|科目|授業)の?評価|^(?:academic |declared )?majors?$|fields? of "
     "study|programs? of study|"
     "出欠|欠席|観点別|通知表|通信簿|内申|school|grade|student id|education|class year|\\bgpa\\b|"
     // ("each student's name, class and a class photo sheet": the class a pupil is in.)
     "homeroom|attendance|\\bcourses?\\b|year of study|^class(?:es)?$|assessment "
     "scores?|exam(?:ination)? "
     "(?:scores?|results?)|"
     "graduation|"
     "enrollment|transcripts?|academic records?|report cards?|"
     // "academic standing", "term marks".
     "academic (?:standing|probation|history)|(?:term|exam|test|final|course|subject) marks|"
     // "year level and classroom" (Australia, New Zealand).
     "year levels?|\\bclassrooms?\\b"},
    {DataItem::kEmploymentInformation,
     "勤務|就業|就職|内定先|職歴|職務経歴|履歴書|勤め先|職業|職種|職員番号|社員番号|所属|役職|部署|"
     // "雇入れ日", "入社日": when someone was taken on.
     "会社名|団体名|雇入|入社日|採用日|勤続年数|years of service|length of service|employer|"
     "employment|job "
     "title|occupation|w-2|(?:employee|staff) (?:id|number)|\\breferences\\b|right[- ]to[- ]work"},
    {DataItem::kDriversLicenseOrId,
     "運転免許|免許証|身分証|パスポート|旅券|在留カード|driver|passport|licen[cs]e|state "
     "id|identification "
     "(?:card|number)"},
    {DataItem::kName,
     "氏名|名前|姓名|ふりがな|フリガナ|^ローマ字$|児童名|生徒名|患者名|名義|受取人名|依頼人名|"
     "\\bnames?\\b|surnames?|forenames?"},
};

// The item rules as an RE2::Set: one pass tells which rules occur in a phrase.
const RE2::Set& ItemSet() {
  static const RE2::Set* set = NewRuleSet(kItemRules, [](const ItemRule& r) { return r.pattern; });
  return *set;
}

}  // namespace

const std::vector<std::string>& TypeRuleForms() {
  static const std::vector<std::string>* forms = [] {
    auto* v = new std::vector<std::string>();
    for (const TypeRule& r : kTypeRules) {
      // Each alternative is cut at every gap of more than 3 characters: a short counted run
      // kept in the set ("(?:employee|…)[a-z -]{0,20} (?:impermissibly|…)", "lost (?:[a-z]+
      // ){0,3}(?:cds?|…)", "(?:fax|ファクス|…).{0,20}(?:誤|wrong|incorrect)") stays under way
      // to the end of its sentence once its head occurs, and over text the set has not seen,
      // such runs under way together multiply its states. Except after "誤って", which many
      // Japanese notices say: "誤って.{0,15}(?:送付|郵送)" cut would leave "誤って", a window
      // in a quarter of the demo notices for the rule's exact regex. (With CutAtGaps taking a
      // group that holds a gap for one: over tests/extract's notices 601-1,500, 4.97M
      // instructions per notice, 5.66M when every run of up to 20 was kept; the demo's count
      // unchanged: bench/extract/cost.)
      std::string cut;
      for (std::string_view alt : AlternativesOf(r.pattern)) {
        if (!cut.empty()) cut += '|';
        cut += CutAtGaps(alt, alt.starts_with("誤って") ? 20 : 0);
      }
      v->push_back(WidenRepeats("(?i:" + cut + ")"));
    }
    return v;
  }();
  return *forms;
}

bool IsAdvice(std::string_view sentence) {
  static const RE2 advice(
      "be (?:careful|alert|vigilant|wary|cautious|on the lookout)|beware|watch out|remain "
      "(?:vigilant|alert)|stay (?:alert|vigilant)|will never (?:ask|e-?mail|call|contact|text)|"
      "never asks?|do not (?:respond|reply|click|open|share)|criminals may|fraudsters may|scammers|"
      "ご注意ください|ご注意下さい|注意してください|お気をつけください|ご留意ください");
  // Every alternative holds one of these words, and most sentences hold none: the
  // finds (memchr-led) cost about half the regex's pass over the sentence (on the demo
  // notices, 11.4K instructions per notice before, 6K after).
  if (!ContainsAny(sentence,
                   {"be ", "beware", "watch out", "remain ", "stay ", "never ", "do not ",
                    "criminals may", "fraudsters may", "scammers", "注意", "気をつけ", "留意"}))
    return false;
  return RE2::PartialMatch(sentence, advice);
}

namespace {

// True if `rest`, from a comma on, ends a list before its sentence ends: ", opened or stolen",
// ", copied, or misused" (each item at most three words, the last after "or" or "nor").
bool EndsAList(std::string_view rest) {
  const size_t end = rest.find_first_of(".;\n");
  if (end == std::string_view::npos || end > 80) return false;
  const std::string_view list = rest.substr(0, end);
  bool last_or = false;
  for (size_t from = 0; from < list.size();) {
    size_t comma = list.find(',', from + 1);
    if (comma == std::string_view::npos) comma = list.size();
    const std::string_view item = TrimSpace(list.substr(from + 1, comma - from - 1));
    if (item.empty() || std::count(item.begin(), item.end(), ' ') > 3) return false;
    last_or = item.starts_with("or ") || item.starts_with("nor ") ||
              item.find(" or ") != std::string_view::npos;
    from = comma;
  }
  return last_or;
}

}  // namespace

TypeGuess ClassifyIncident(std::string_view title, std::string_view text) {
  static const LinePresence* types = new LinePresence(TypeRuleForms());
  return ClassifyIncident(title, text, *types, 0, types->In(text));
}

TypeGuess ClassifyIncident(std::string_view title, std::string_view text, const LinePresence& forms,
                           size_t first, const std::vector<std::vector<Window>>& where,
                           const std::vector<int>* title_found) {
  std::string lt = AsciiLower(title), lx = AsciiLower(text);
  // Where lx comes to differ from the lower-cased text below (no range holds a '\n').
  std::vector<Window> changed;
  // Advice boilerplate names types that did not happen: "protect yourself against
  // identity theft", "report lost or stolen cards". Same length, so offsets hold.
  // lx.find(needle, from), with memchr looking for needle[key], a rarer byte
  // than its first.
  auto find_in_lx = [&lx](std::string_view needle, size_t key, size_t from) {
    return FindByByte(lx, needle, key, from);
  };
  struct Replacement {
    std::string_view from, to;
    size_t key;  // a rare byte of `from`
  };
  // HHS's breach category "Unauthorized Access/Disclosure" (on a breach-portal form) takes in
  // misdirected mail and faxes; it names no intrusion.
  for (auto [from, to, key] :
       {Replacement{"identity theft", "identity_fraud", 7},
        Replacement{"unauthorized access/disclosure", "unauthorized_access/disclosure", 19},
        Replacement{"lost or stolen card", "lxst_or_stxlen_card", 15},
        Replacement{"stolen or lost card", "stxlen_or_lxst_card", 15}})
    for (size_t at = find_in_lx(from, key, 0); at != std::string::npos;
         at = find_in_lx(from, key, at + to.size())) {
      lx.replace(at, from.size(), to);
      changed.emplace_back(at, at + to.size());
    }
  // "We have no indication that the drive was stolen": what did not happen, up to the
  // end of that clause. (Same length: offsets hold.)
  // ("Our network and systems were not hacked" likewise.)
  // Every denial starts with "no ", "not ", "none ", "nobody " or "nothing ": one scan finds where
  // they may start, and each is checked there in turn (masking only ever destroys an occurrence: it
  // writes no space and no 't').
  std::vector<size_t> no_at;
  const char* const lx_end = lx.data() + lx.size();
  for (const char* p = lx.data();
       (p = static_cast<const char*>(std::memchr(p, 'n', static_cast<size_t>(lx_end - p)))) !=
       nullptr;
       ++p) {
    const size_t left = static_cast<size_t>(lx_end - p);
    if (left >= 3 && p[1] == 'o' &&
        (p[2] == ' ' || (left >= 4 && p[2] == 't' && p[3] == ' ') ||
         (left >= 5 && p[2] == 'n' && p[3] == 'e' && p[4] == ' ') ||
         (left >= 7 && std::string_view(p, 7) == "nobody ") ||
         (left >= 8 && std::string_view(p, 8) == "nothing ")))
      no_at.push_back(static_cast<size_t>(p - lx.data()));
  }
  for (std::string_view denial :
       {"no indication", "no evidence", "no sign", "no reason to believe", "not aware of any",
        "not hacked", "not been hacked", "not compromised", "not been compromised", "not breached",
        "not been breached", "not a cyber", "not the result of", "not find evidence",
        "not find any evidence", "not identify any evidence", "not identified any evidence",
        // "None of our systems were hacked, and no information was lost", "Nobody hacked into
        // our systems and no ransomware or malware was involved".
        "none of our systems", "nobody hacked", "no information was", "no data was",
        "no ransomware", "no malware",
        // "We believe the box was lost in transit; we have no information that it was stolen".
        "no information that", "no information to suggest", "no information suggesting",
        "no information indicating",
        // "There is nothing to suggest that the parcel was stolen or opened; we believe it was
        // misrouted and lost".
        "nothing to suggest", "nothing to indicate",
        // "It did not include Social Security numbers, dates of birth or online banking
        // credentials": what was not involved.
        "not include", "not contain", "not involve"})
    for (size_t at : no_at) {
      if (std::string_view(lx).substr(at, denial.size()) != denial) continue;
      const size_t limit = std::min(lx.size(), at + 200);
      size_t i = at;
      auto mask_to_stop = [&](bool comma_stops) {
        for (; i < limit && lx[i] != '.' && lx[i] != '\n' && lx[i] != ';' &&
               (!comma_stops || lx[i] != ',');
             ++i)
          if (lx[i] >= 'a' && lx[i] <= 'z') lx[i] = '_';
      };
      // (What a list did not include is the whole rest of its sentence.)
      const bool list_denied =
          denial == "not include" || denial == "not contain" || denial == "not involve";
      mask_to_stop(!list_denied);
      // The denial runs on to the end of the list it opens: "no evidence that it was delivered
      // to another address, opened or stolen".
      if (i < limit && lx[i] == ',' && EndsAList(std::string_view(lx).substr(i, limit - i)))
        mask_to_stop(false);
      changed.emplace_back(at, i);
    }
  // Masks the Japanese clause that ends at `end`: from its start (after 。、( ※ or a line
  // break, looked for in the `window` bytes before `end`) to `end`. Each byte becomes '_'
  // (same length: offsets hold; whole characters go). No clause start there: no mask.
  auto mask_clause_before = [&](size_t end, size_t window) {
    const size_t back = end > window ? end - window : 0;
    const std::string_view before = std::string_view(lx).substr(back, end - back);
    size_t clause = back == 0 ? 0 : std::string::npos;
    for (std::string_view stop : {"。", "、", "\n", "(", "※"})
      if (const size_t s = before.rfind(stop); s != std::string_view::npos)
        clause = clause == std::string::npos ? back + s + stop.size()
                                             : std::max(clause, back + s + stop.size());
    if (clause == std::string::npos || clause >= end) return;
    std::fill(lx.begin() + static_cast<std::ptrdiff_t>(clause),
              lx.begin() + static_cast<std::ptrdiff_t>(end), '_');
    changed.emplace_back(clause, end);
  };
  // "当社サーバーへの侵入やマルウェア感染の痕跡は確認されておりません": what a Japanese notice
  // says it has not found, from the start of that clause (after 。、( ※ or a line break) to
  // the denial. Each byte becomes '_' (same length: offsets hold; whole characters go).
  static const RE2 ja_denial(
      "(?:(?:は|も)(?:一切|いずれも)?(?:確認|検知|発見)(?:され|でき)(?:て)?(?:おり|い)?|"
      "(?:痕跡|形跡|事実)(?:は|も)(?:一切)?(?:あり|ござい))ません$");
  // ("ません" found by せ's last byte, 0x9B: E3 leads every kana.)
  constexpr std::string_view kMasen = "ません";
  for (size_t at = find_in_lx(kMasen, 5, 0); at != std::string::npos;
       at = find_in_lx(kMasen, 5, at + 1)) {
    const size_t end = at + kMasen.size();
    const size_t from = end > 40 ? end - 40 : 0;
    re2::StringPiece denial;
    // (As a text of its own: RE2 does not match a $-anchored pattern short of the text's end.)
    const re2::StringPiece tail(lx.data() + from, end - from);
    if (!ja_denial.Match(tail, 0, tail.size(), RE2::UNANCHORED, &denial, 1)) continue;
    // (Looked for in the 300 bytes before it.)
    mask_clause_before(static_cast<size_t>(denial.data() - lx.data()), 300);
  }
  // "盗難の形跡はなく、…紛失したものと考えられます": no trace of what did not happen, up to
  // the comma that ends its clause. (形跡 and 痕跡 found by 跡's last byte, 0xA1.)
  for (std::string_view trace : {"形跡", "痕跡"})
    for (size_t at = find_in_lx(trace, 5, 0); at != std::string::npos;
         at = find_in_lx(trace, 5, at + trace.size())) {
      const std::string_view rest = std::string_view(lx).substr(at + trace.size());
      if (rest.starts_with("はなく") || rest.starts_with("もなく") || rest.starts_with("はない"))
        mask_clause_before(at, 120);
    }
  // "盗難の可能性は低いと考えております": what the notice thinks unlikely, from the start of
  // that clause to the words that doubt it (same length: offsets hold).
  // (One search, for 可能性 by 能's last byte, 0xBD: lx.find of each whole phrase stops at
  // every E3 that leads a kana, which cost 5% of the extractor's instructions.)
  // ("誤って廃棄された可能性も含めて調査しています": a possibility still being looked into, not
  // what happened; the same search finds it.)
  constexpr std::string_view kLikelihood = "可能性";
  for (size_t at = find_in_lx(kLikelihood, 5, 0); at != std::string::npos;
       at = find_in_lx(kLikelihood, 5, at + kLikelihood.size())) {
    const std::string_view rest = std::string_view(lx).substr(at + kLikelihood.size());
    const bool of = at >= 3 && std::string_view(lx).substr(at - 3, 3) == "の";
    if (of && rest.starts_with("は") &&
        (rest.substr(3).starts_with("低") || rest.substr(3).starts_with("ない") ||
         rest.substr(3).starts_with("ありません")))
      mask_clause_before(at - 3, 120);
    else if (rest.starts_with("も含め"))
      mask_clause_before(at, 120);
    // ("車内に置き忘れた可能性が高いと考えられますが、盗まれた可能性も否定できません": a theft
    // not ruled out beside the loss the notice thinks likely.)
    else if (rest.starts_with("も否定でき") && at >= 15 &&
             std::string_view(lx).substr(at - 15, 15).find("盗") != std::string_view::npos)
      mask_clause_before(at, 120);
  }
  // "紛失や盗難、誤送付などの事故防止に関する研修", "盗難や紛失を防ぐため": kinds of accident
  // listed as what training or a measure is for, not what happened. Such a list, masked (same
  // length: offsets hold), is two kinds or more joined by や, ・, 、, 及び, または or と, then
  // (after など or 等, and の) 事故, 防止, を防 or 対策. Each of those words
  // is found (by its last byte), and only where a kind ends right before it is the list
  // looked for, in the 120 bytes before it (a scan of the whole text cost 3.5% of the
  // extractor's instructions).
  {
    static constexpr std::string_view kKinds[] = {
        "紛失",   "盗難",     "誤送付", "誤送信",       "誤発送", "誤配布", "誤交付",
        "誤廃棄", "置き忘れ", "漏えい", "不正アクセス", "漏洩",   "流出"};
    // (No kind begins another, so the order of the alternatives does not matter.)
    static const RE2 list([] {
      std::string kind = "(?:";
      for (std::string_view k : kKinds) kind.append(k).append("|");
      kind.back() = ')';
      return kind + "(?:(?:や|・|、|及び|および|又は|または|と)" + kind + ")+$";
    }());
    std::vector<Window> lists;
    for (std::string_view what : {"事故", "防止", "を防", "対策"}) {
      for (size_t at = find_in_lx(what, what.size() - 1, 0); at != std::string::npos;
           at = find_in_lx(what, what.size() - 1, at + what.size())) {
        std::string_view before = std::string_view(lx).substr(0, at);
        if (before.ends_with("の")) before.remove_suffix(3);
        if (before.ends_with("など"))
          before.remove_suffix(6);
        else if (before.ends_with("等"))
          before.remove_suffix(3);
        if (std::none_of(std::begin(kKinds), std::end(kKinds),
                         [&](std::string_view k) { return before.ends_with(k); }))
          continue;
        size_t from = before.size() > 120 ? before.size() - 120 : 0;
        while (from < before.size() && (static_cast<unsigned char>(lx[from]) & 0xC0) == 0x80)
          ++from;
        // (As a text of its own: RE2 does not match a $-anchored pattern short of the text's
        // end.)
        const re2::StringPiece tail(lx.data() + from, before.size() - from);
        re2::StringPiece found;
        if (list.Match(tail, 0, tail.size(), RE2::UNANCHORED, &found, 1))
          lists.emplace_back(static_cast<size_t>(found.data() - lx.data()), at);
      }
    }
    for (const auto& [s, e] : lists) {
      std::fill(lx.begin() + static_cast<std::ptrdiff_t>(s),
                lx.begin() + static_cast<std::ptrdiff_t>(e), '_');
      changed.emplace_back(s, e);
    }
  }
  // "Q5.申込書は盗まれたのですか。", "Q: Was my card stolen?": an FAQ's question states
  // nothing; its answer does. (Same length: offsets hold.)
  for (size_t ls = 0; ls < lx.size();) {
    size_t le = lx.find('\n', ls);
    if (le == std::string::npos) le = lx.size();
    const std::string_view line = TrimSpace(std::string_view(lx).substr(ls, le - ls));
    if (line.size() >= 3 && line[0] == 'q' &&
        (std::isdigit(static_cast<unsigned char>(line[1])) || line[1] == '.' || line[1] == ':') &&
        (line.ends_with("か。") || line.ends_with("?"))) {  // (NFKC: ？ is ?)
      const size_t from = static_cast<size_t>(line.data() - lx.data());
      std::fill(lx.begin() + static_cast<std::ptrdiff_t>(from),
                lx.begin() + static_cast<std::ptrdiff_t>(from + line.size()), '_');
      changed.emplace_back(from, from + line.size());
    }
    ls = le + 1;
  }
  // "posted substitute notice on its website" tells how people were told, not what happened.
  static const RE2 posted_notice(
      "posted (?:a |the |this )?(?:substitute |breach |web ?site )?(?:notice|notification)");
  for (size_t at = find_in_lx("posted ", 0, 0); at != std::string::npos;
       at = find_in_lx("posted ", 0, at + 1)) {
    re2::StringPiece whole;
    if (posted_notice.Match(lx, at, lx.size(), RE2::ANCHOR_START, &whole, 1)) {
      lx[at + 1] = '0';
      changed.emplace_back(at + 1, at + 2);
    }
  }
  constexpr size_t kTypes = static_cast<size_t>(IncidentType::kOther) + 1;
  int score[kTypes] = {};
  std::pair<size_t, size_t> first_hit[kTypes] = {};
  bool strong[kTypes] = {};
  bool strongest[kTypes] = {};  // a hit of a weight-4 rule
  // Strong hits of rules that name their medium, and the points of those that name none.
  bool named_strong[kTypes] = {};
  int no_medium_points = 0;
  auto add = [&](const TypeRule& r, int points, bool names_no_medium = false) {
    const int t = static_cast<int>(r.type);
    const bool no_medium = r.no_medium || names_no_medium;
    score[t] += points;
    if (no_medium) no_medium_points += points;
    if (r.weight >= 4) strongest[t] = true;
    if (r.weight > 1) {
      strong[t] = true;
      if (!no_medium) named_strong[t] = true;
    }
  };
  // A post's strong wording whose clause names an e-mail names no post: "Statement on email sent
  // to the wrong recipient" (a statement to the press), "selected the wrong address from the
  // email program's suggestion list". The hit is in[at, end); its clause runs on for up to 40
  // bytes, to a full stop or a comma.
  auto mail_naming_email = [](const TypeRule& r, std::string_view in, size_t at, size_t end) {
    if (r.type != IncidentType::kMisdeliveryMail || r.no_medium || r.weight <= 1) return false;
    size_t stop = std::min(in.size(), end + 40);
    if (const size_t p = in.find_first_of(".,\n", end); p < stop) stop = p;
    const std::string_view clause = in.substr(at, stop - at);
    return clause.find("email") != std::string_view::npos ||
           clause.find("e-mail") != std::string_view::npos;
  };
  const TypeRuleRegexes& rules = TypeRegexes();
  constexpr size_t kRules = std::size(kTypeRules);
  constexpr size_t kLead = 2500;
  // The type rules that may match in `line` (case-blind: a superset of those
  // matching it), as rule indexes.
  std::vector<size_t> hits;
  std::vector<int> found;
  auto hits_of = [&](const std::vector<int>& found) {
    hits.clear();
    for (int f : found)
      if (static_cast<size_t>(f) >= first && static_cast<size_t>(f) - first < kRules)
        hits.push_back(static_cast<size_t>(f) - first);
  };
  auto rules_in = [&](std::string_view line) {
    forms.Which(line, &found, first, first + kRules);
    hits_of(found);
  };
  if (title_found != nullptr)
    hits_of(*title_found);
  else
    rules_in(lt);
  for (size_t i : hits) {
    const TypeRule& r = kTypeRules[i];
    // A weak hint is a tie-breaker: repeating it ("email" in every line) adds little.
    ForEachMatchWhile(rules[i], lt, [&](size_t s, size_t e, size_t n) {
      add(r, 6 * r.weight, mail_naming_email(r, lt, s, e));
      return r.weight > 1 || n < 2;
    });
  }
  // No rule matches a line break, so every match lies in one line. A case-blind
  // rule matches wherever the rule matches the lower-cased text, so where[i]
  // holds every match of rule i in lx outside the changed lines; those lines
  // are asked of the set on their own. Each rule then runs over its windows only.
  std::vector<std::vector<Window>> windows(where.begin(), where.end());
  windows.resize(kRules);
  size_t last_line = std::string::npos;
  for (const auto& [a, b] : changed) {
    if (b <= a) continue;
    size_t ls = lx.rfind('\n', a);
    ls = ls == std::string::npos ? 0 : ls + 1;
    if (ls == last_line) continue;  // that line was asked already
    last_line = ls;
    size_t le = lx.find('\n', b - 1);
    if (le == std::string::npos) le = lx.size();
    rules_in(std::string_view(lx).substr(ls, le - ls));
    for (size_t i : hits) windows[i].emplace_back(ls, le);
  }
  for (size_t i = 0; i < kRules; ++i) {
    std::vector<Window>& ws = windows[i];
    if (ws.size() > where[i].size()) {
      // Changed lines were added: sorted and overlapping windows joined, so
      // that no match is counted twice.
      std::sort(ws.begin(), ws.end());
      size_t out = 0;
      for (size_t k = 1; k < ws.size(); ++k) {
        if (ws[k].first <= ws[out].second)
          ws[out].second = std::max(ws[out].second, ws[k].second);
        else
          ws[++out] = ws[k];
      }
      ws.resize(out + 1);
    }
  }
  // Whether the sentence around byte `at` of lx is advice to the reader (IsAdvice); matches
  // cluster in few sentences, so the last answer is kept.
  std::pair<size_t, size_t> advice_sentence{1, 0};
  bool advice_answer = false;
  auto in_advice = [&](size_t at) {
    if (at >= advice_sentence.first && at < advice_sentence.second) return advice_answer;
    advice_sentence = SentenceAround(lx, at);
    advice_answer = IsAdvice(std::string_view(lx).substr(
        advice_sentence.first, advice_sentence.second - advice_sentence.first));
    return advice_answer;
  };
  // The first match of each type is its evidence; of rules matching at the
  // same start, the longest match.
  size_t matches[kRules] = {};  // so far, per rule
  for (size_t i = 0; i < kRules; ++i) {
    const TypeRule& r = kTypeRules[i];
    const int t = static_cast<int>(r.type);
    size_t& n = matches[i];
    bool done = false;  // a weak hint seen twice
    for (const auto& [b, e] : windows[i]) {
      if (done) break;
      ForEachMatchWhile(rules[i], lx, b, std::min(e, lx.size()), [&](size_t s, size_t e, size_t) {
        // A warning to the reader names a type that did not happen: "Criminals may use news
        // like this to send phishing emails", "詐欺メールにご注意ください".
        if (r.weight > 1 && in_advice(s)) return true;
        // The incident is told first; later mentions (advice,
        // measures, history) weigh half.
        add(r, s < kLead ? 2 * r.weight : r.weight, mail_naming_email(r, lx, s, e));
        if (first_hit[t].second == 0 || s < first_hit[t].first)
          first_hit[t] = {s, e};
        else if (s == first_hit[t].first)
          first_hit[t].second = std::max(first_hit[t].second, e);
        // A weak hint is a tie-breaker: it counts twice at most.
        if (++n < 2 || r.weight > 1) return true;
        done = true;
        return false;
      });
    }
  }
  // "information sent in error" and, elsewhere, "when addressing the email, the staff member
  // selected a distribution list": the medium named is the type (a post when none is).
  {
    const int mail = static_cast<int>(IncidentType::kMisdeliveryMail);
    int to = -1;
    for (IncidentType m :
         {IncidentType::kMisdeliveryEmail, IncidentType::kMisdeliveryFax, IncidentType::kOther})
      if (const int i = static_cast<int>(m); named_strong[i] && (to < 0 || score[i] > score[to]))
        to = i;
    if (no_medium_points > 0 && to >= 0 && !named_strong[mail]) {
      score[mail] -= no_medium_points;
      score[to] += no_medium_points;
    }
  }
  // A fax notice says 誤送信 too: a strong fax hit outranks the e-mail wording.
  int fax = static_cast<int>(IncidentType::kMisdeliveryFax);
  int email = static_cast<int>(IncidentType::kMisdeliveryEmail);
  if (score[fax] >= 8 && score[email] >= score[fax]) score[email] = score[fax] - 1;
  // So does a text message's ("ショートメッセージ(SMS)…の誤送信"): with no e-mail named
  // anywhere, the e-mail wording's points are the text message's, `other` (LABELLING.md).
  if (const int other = static_cast<int>(IncidentType::kOther);
      score[email] > 0 && score[other] >= 8) {
    const std::string_view l = lx;
    const bool sms = l.find("ショートメッセージ") != std::string_view::npos ||
                     l.find("ショートメール") != std::string_view::npos ||
                     l.find("(sms)") != std::string_view::npos ||
                     l.find("text message") != std::string_view::npos;
    bool email_named =
        l.find("e-mail") != std::string_view::npos || l.find("email") != std::string_view::npos;
    for (size_t at = l.find("メール"); sms && !email_named && at != std::string_view::npos;
         at = l.find("メール", at + 1))
      email_named = !(at >= 12 && l.substr(at - 12, 12) == "ショート");
    if (sms && !email_named) {
      score[other] += score[email];
      score[email] = 0;
    }
  }
  // A type that names how the access happened, hit by strong enough wording, outranks the
  // intrusion wording it comes with.
  const int unauth = static_cast<int>(IncidentType::kUnauthorizedAccess);
  auto outranks_intrusion = [&](IncidentType type, bool hit) {
    const int t = static_cast<int>(type);
    if (hit && score[t] >= 8 && score[unauth] >= score[t]) score[unauth] = score[t] - 1;
  };
  // Ransomware gets in by unauthorised access too: the malware named is the type.
  outranks_intrusion(IncidentType::kMalwareRansomware,
                     strong[static_cast<int>(IncidentType::kMalwareRansomware)]);
  // An employee's look without a work reason is an access without authority too ("unauthorised
  // access to social work records" in the title): the insider the strongest wording names is
  // the type (not "第三者が不正に入手した", which names no one inside).
  outranks_intrusion(IncidentType::kInsiderMisuse,
                     strongest[static_cast<int>(IncidentType::kInsiderMisuse)]);
  // A stolen thing is missing too ("the laptop had been stolen … the time it was missing"):
  // a strong theft hit outranks the loss wording, unless the notice does not know which
  // ("lost or stolen").
  int theft = static_cast<int>(IncidentType::kTheft);
  int loss = static_cast<int>(IncidentType::kLoss);
  if (strong[theft] && score[loss] >= score[theft] &&
      FindRare(lx, "lost or stolen") == std::string::npos &&
      FindRare(lx, "stolen or lost") == std::string::npos &&
      FindRare(lx, "lost, stolen") == std::string::npos)
    score[loss] = score[theft] - 1;
  // Weak hints alone ("侵入" of a burglar, "encrypted", "letter") never outrank a type that
  // strong wording names ("事務所に侵入され…パソコンが盗まれ": a theft).
  int strongest_named = 0;
  for (size_t t = 0; t < kTypes; ++t)
    if (strong[t]) strongest_named = std::max(strongest_named, score[t]);
  for (size_t t = 0; t < kTypes; ++t)
    if (!strong[t] && strongest_named > 0 && score[t] >= strongest_named)
      score[t] = strongest_named - 1;
  TypeGuess best;
  int best_score = 0;
  // Order of precedence on ties: the order of the strong rules above.
  for (const TypeRule& r : kTypeRules) {
    int t = static_cast<int>(r.type);
    if (score[t] > best_score) {
      best_score = score[t];
      best.type = r.type;
      best.start = first_hit[t].first;
      best.end = first_hit[t].second;
    }
  }
  // One weak hint ("メール", "letter") is not enough to call a type.
  if (best_score < 6) return TypeGuess{};
  return best;
}

const RE2& AnyItemRe() {
  static const RE2* re = [] {
    std::string alt;
    for (const ItemRule& r : kItemRules) alt += (alt.empty() ? "" : "|") + std::string(r.pattern);
    RE2::Options o;
    o.set_max_mem(32 << 20);
    return new RE2(alt, o);
  }();
  return *re;
}

bool IsMemberNumber(std::string_view phrase) {
  static const RE2 re("(?i)\\bmember (?:id|numbers?)\\b");
  return RE2::PartialMatch(phrase, re);
}

namespace {

// The first item rule occurring in `lower` (an ASCII lower-cased phrase).
std::optional<DataItem> FirstItemRule(std::string_view lower) {
  thread_local std::vector<int> hits;
  if (!ItemSet().Match(lower, &hits) || hits.empty()) return std::nullopt;
  return kItemRules[*std::min_element(hits.begin(), hits.end())].item;
}

// True if `phrase` lower-cased (ASCII letters only) is `lower`.
bool EqualsLowered(std::string_view phrase, std::string_view lower) {
  if (phrase.size() != lower.size()) return false;
  for (size_t i = 0; i < phrase.size(); ++i) {
    const char c = phrase[i];
    if ((c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c) != lower[i]) return false;
  }
  return true;
}

// The words that lists name most often, with their items from the rules (looked up
// once): a phrase that is one of them needs no pass of the set, whose automaton is
// cold again for each notice.
struct CommonWord {
  std::string_view word;
  std::optional<DataItem> item;
};
const std::vector<CommonWord>& CommonItemWords() {
  static const std::vector<CommonWord>* words = [] {
    auto* v = new std::vector<CommonWord>();
    for (std::string_view w : {"氏名",
                               "住所",
                               "生年月日",
                               "電話番号",
                               "メールアドレス",
                               "性別",
                               "年齢",
                               "個人番号",
                               "name",
                               "names",
                               "address",
                               "addresses",
                               "date of birth",
                               "dates of birth",
                               "phone number",
                               "phone numbers",
                               "email address",
                               "email addresses",
                               "social security number",
                               "social security numbers"})
      v->push_back({w, FirstItemRule(w)});
    return v;
  }();
  return *words;
}

}  // namespace

std::optional<DataItem> DataItemFor(std::string_view phrase) {
  for (const CommonWord& c : CommonItemWords())
    if (EqualsLowered(phrase, c.word)) return c.item;
  thread_local std::string lower;
  lower.assign(phrase);
  for (char& c : lower)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
  return FirstItemRule(lower);
}

std::optional<Sector> SectorFor(std::string_view org_name) {
  // Checked in order: the first rule that matches names the sector. One set
  // pass says which match.
  static const std::pair<Sector, const char*> kRules[] = {
      {Sector::kHealthcare,
       "(?i)病院|医院|クリニック|医療センター|診療所|薬局|歯科|保健所|医療|hospital|health|"
       "medical|clinic|pharmacy|apothecary|dental|physician|surgery|healthcare|care center|rehab|"
       // Care homes and day care: "特別養護老人ホームあずさの里", "デイサービスセンターあさぎり",
       // "Wattle Grove Aged Care".
       "老人ホーム|介護|デイサービス|訪問看護|nursing home|aged care"},
      {Sector::kEducation,
       "(?i)大学|高等学校|高校|中学校|小学校|学校|学園|幼稚園|保育|教育委員会|塾|ゼミナール|予備校|"
       "university|college|school|academy|institute of technology"},
      {Sector::kFinance,
       "(?i)銀行|信用金庫|信用組合|証券|保険|カード|信金|農協|"
       "ファイナンス|bank|credit union|financial|"
       "insurance|securities|capital|mortgage|investment"},
      {Sector::kTelecom,
       "(?i)通信|モバイル|テレコム|docomo|kddi|softbank|telecom|wireless|communications"},
      {Sector::kGovernment,
       "(?i)役所|役場|県庁|都庁|府庁|庁|省|局|委員会|センター$|事務所|[都道府県市区町村]$|"
       "department of|county|city of|state of|agency|commission|government|federal|municipal|"
       // A prefecture's police, a joint body of municipalities, a fire service, a tax or labour
       // standards office; a council, a ministry, a police force, a sheriff's office.
       "警察|広域連合|企業団|事務組合|消防|税務署|労働基準監督署|council|ministry|police|sheriff|"
       "borough|township"},
      {Sector::kRetail,
       "(?i)ストア|ショップ|通販|百貨店|スーパー|商店|store|shop|retail|mart|outlet"},
      {Sector::kIt,
       "(?i)システム|ソフト|ネット|情報|テクノロジー|software|systems|"
       "technolog|cloud|data|digital"},
      {Sector::kManufacturing, "(?i)工業|製作所|製造|工場|manufactur|industries|motors"},
  };
  static const RE2::Set* set = NewRuleSet(kRules, [](const auto& rule) { return rule.second; });
  std::vector<int> hits;
  if (!set->Match(org_name, &hits) || hits.empty()) return std::nullopt;
  return kRules[*std::min_element(hits.begin(), hits.end())].first;
}

}  // namespace leakwatch::text
