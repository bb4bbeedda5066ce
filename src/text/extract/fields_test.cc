// Table tests of the field pickers (fields.h): the affected counts, the
// notice's own date and the organisation, on small notices.
#include "text/extract/fields.h"

#include <gtest/gtest.h>

#include <optional>
#include <random>
#include <string>
#include <vector>

#include "text/extract/counts.h"
#include "text/extract/dates.h"
#include "text/extract/sections.h"
#include "text/random_pieces_test_util.h"

namespace leakwatch::text {
namespace {

struct AffectedCase {
  const char* text;
  std::optional<int64_t> persons, households, records;
};

TEST(Fields, PickAffected) {
  const AffectedCase cases[] = {
      // dev68/016: the count right after "out of" is the whole run, the count after it the
      // people.
      {"The vendor's review confirmed that, out of approximately 38,500 statements in the August "
       "run, 1,146 patients had a page of their statement sent to another patient.\n",
       1146, std::nullopt, std::nullopt},
      {"We found that 5 out of 4,000 letters were sent to the wrong address.\n", std::nullopt,
       std::nullopt, std::nullopt},
      // dev95/009, 012, 003, 015: how the notice counts is no count; look-ups are not records;
      // the addresses two mails went to are the people again; a count opening an aside after a
      // larger one is some of them (but the people counted once each are the number).
      {"不正アクセスがありました。\n最大13万4,207件(お客さま12万9,880名分)\n※お届け先ごとに1件と"
       "数えているため、件数と人数が異なります。\n",
       129880, std::nullopt, 134207},
      {"職員が課税情報を照会していました。\n照会の件数は延べ1,240件、照会された方は実人数で318名"
       "です。\n",
       318, std::nullopt, std::nullopt},
      {"メールを誤送信しました。送信したメール2通の宛先は計187件でしたが、両方のメールの宛先に含"
       "まれていたアドレスが5件あるため、メールアドレスが他の受信者に表示された方は182名です。\n",
       182, std::nullopt, std::nullopt},
      {"書類を誤送付しました。\n誤送付の対象となった方は31名です(3名の方には2種類の書類が送付され"
       "ていました)。\n",
       31, std::nullopt, std::nullopt},
      // dev98/007: a bullet that opens with 上記…のうち counts a part of the line before;
      // dev100/026, 024: the people a newsletter thanks, the whole a mailing went to.
      {"■流出した個人情報\n・第2学年3学級の生徒98名分の期末テスト答案用紙\n・上記生徒のうち12名分の"
       "保"
       "護者の緊急連絡先\n",
       98, std::nullopt, std::nullopt},
      {"One of our staff sent a text message to the wrong mobile number.\n\nTHANK YOU\nA big "
       "thank you to the 23 volunteers who kept the op-shop open through October.\n",
       std::nullopt, std::nullopt, std::nullopt},
      {"On January 24, 2026, we mailed winter progress reports to the families of all 118 "
       "students enrolled in our programs. The reports of 9 students were put in envelopes "
       "addressed to other families.\n",
       9, std::nullopt, std::nullopt},
      // dev108/003: envelopes said before to have held another's notice are the records.
      {"On Aug. 7 the office mailed roughly 9,600 second notices. A sorting fault placed a "
       "second owner's notice behind the addressee's own notice in 312 of those envelopes.\n",
       std::nullopt, std::nullopt, 312},
      // dev108/006: the people an e-mail went to by mistake, not the size a rule sets for
      // group e-mails.
      {"The email was sent to two hundred and twelve members, and by mistake every "
       "recipient's email address was placed in the To line.\n\nFrom now on, all emails to "
       "more than ten members will be sent only through our mailing system.\n",
       212, std::nullopt, std::nullopt},
      // dev108/013: a letter's own count of associates over a state form's count of its
      // residents.
      {"Number of Washingtonians Affected: 1,204\n\nWhat Information Was Involved?\nThe "
       "spreadsheet listed 3,876 current and former Evergreen associates.\n",
       3876, std::nullopt, std::nullopt},
      // dev107/021, 004: the people counted once ("重複を除くと"); a few spreadsheet files for
      // many students carry them, as a list's sheets do.
      {"対象者\n 合計 延べ290名(重複を除くと207名)\n", 207, std::nullopt, std::nullopt},
      {"ファイルを誤って公開しました。審査用の対象者一覧のファイル3点に、学生1,204名分の氏名が記載"
       "されていました。\n",
       1204, std::nullopt, std::nullopt},
      {"回収業者に誤って引き渡した書類\n 計 76点(令和6年度卒業生38名分)\n", 38, std::nullopt, 76},
      // dev96/027, dev39/019: households in words beside the people in digits; not the
      // families left of all the others.
      {"The box held the files of nine families, that is nine voucher households with 23 "
       "household members in all.\n",
       23, 9, std::nullopt},
      {"She sent the spreadsheet to the parents of 24 students. To date, all but two families "
       "have confirmed that they deleted it.\n",
       24, std::nullopt, std::nullopt},
      // dev105/029: what an exposed folder held, none of it counted again as a part, is what
      // leaked (the accounts that opened it are other things).
      {"The folder had been set to \"anyone with the link can view\". The folder held 63 files. "
       "Each file was one student's progress report; five students had two reports in the "
       "folder, so 58 students are affected. The folder was opened by 4 accounts outside the "
       "district.\n",
       58, std::nullopt, 63},
      {"1 紛失したもの\n USBメモリ 1個\n 保存されていたファイル 成績処理用の表計算ファイル 7件\n2 "
       "記録されていた個人情報\n 対象となる生徒 延べ212名(実人数146名)\n",
       146, std::nullopt, std::nullopt},
      // dev97/018: the people whose letters were displayed to others, not all who used the
      // portal.
      {"Our review found that the letters of 611 claimants were displayed to another claimant "
       "between March 3 and March 9, 2026. About 24,000 claimants used the portal during that "
       "period; the claimants whose letters were not displayed to anyone else are not "
       "affected.\n",
       611, std::nullopt, std::nullopt},
      {"USBメモリを紛失しました。\n2学年及び3学年の生徒 延べ298名分(実人数209名)\n", 209,
       std::nullopt, std::nullopt},
      // dev92/019: the latest numbered update on top; an earlier one's estimate below it is
      // superseded.
      {"Break-in at our office\n\nUPDATE 2 – 10 April 2026\nPersonal information of 683 current "
       "and former tenants was held on the stolen laptop.\n\nUPDATE 1 – 27 March 2026\nWe now "
       "believe the stolen laptop and folders held information of around 900 tenants and "
       "applicants.\n\n"
       "ORIGINAL NOTICE – 24 March 2026\nOur office was broken into.\n",
       683, std::nullopt, std::nullopt},
      // dev90/028: a harm done also to some of the accounts is a part; the whole is the
      // records. dev90/029: text messages that went astray, beside a bound on the people.
      {"The callers obtained information on 23 accounts belonging to 19 customers. On 6 of those "
       "accounts the callers also had the customer's mobile number moved to a new SIM card.\n",
       19, std::nullopt, 23},
      {"Our scheduling system sent 312 reminder text messages to outdated mobile numbers. Fewer "
       "than 300 patients were affected.\n",
       std::nullopt, std::nullopt, 312},
      // dev89/025: the one patient a letter concerned, beside two who asked for letters.
      {"Two patients with the same surname had asked to collect letters. The letter concerned one "
       "patient.\n",
       1, std::nullopt, std::nullopt},
      // dev88/003: what the error sent, as the subject of its sentence, are the records.
      {"患者様1名の処方箋を誤ったFAX番号に送信する事案が発生いたしました。\n番号を誤って入力し、"
       "市内の事業所に送信しました。送信したのは処方箋3枚(同じ患者様の3か月分)です。\n",
       1, std::nullopt, 3},
      // dev88/029: envelopes made to hold another's statement are the records; the whole
      // mailing is not.
      {"On November 16, 2026, our vendor mailed approximately 96,500 patient billing statements. "
       "The vendor determined that a software update had caused 1,140 envelopes to contain a "
       "second patient's statement. In a separate matter, 48 appointment reminder letters were "
       "returned undelivered.\n",
       std::nullopt, std::nullopt, 1140},
      // dev89/007: a second group of people the notice adds (また、…も) beside the first, with
      // no total: parts, no count.
      {"■漏えいした可能性のある情報\n 当院を受診された患者様 約8万6千人分\n ・氏名、住所\n また、"
       "職員約620名分の氏名、職員番号も漏えいした可能性があります。\n",
       std::nullopt, std::nullopt, std::nullopt},
      // holdout58: report cards handed out that day are the whole batch, not the records.
      {"Report cards for 23 students were put in the wrong envelopes. About 310 report cards were "
       "handed out that day.\n",
       23, std::nullopt, std::nullopt},
      // dev26: a part "of those people" beside the whole; more messages than the people on
      // their line are the records.
      {"The laptop contained information about 1,562 enrolled members and descendants: full "
       "name, mailing address. The printed applications in the briefcase concerned 11 of those "
       "people and also included copies of birth certificates.\n",
       1562, std::nullopt, std::nullopt},
      {"312 reminder messages about 298 patients were sent to the wrong mobile number.\n", 298,
       std::nullopt, 312},
      {"Of these, 8,912 claim summaries, belonging to 8,740 members, were printed in another "
       "member's statement.\n",
       8740, std::nullopt, 8912},
      // dev27: a part after このうち / (うち, and wherever it is stated again; the rows an item
      // is in; permit holders and owners are people, business clients are not.
      {"閲覧した個人情報は延べ58名分で、このうち3名分については、転居先の住所等を知人に口頭で伝えて"
       "いました。\n※知人に伝えていたのは、3名分の転居先の住所です。\n",
       58, std::nullopt, std::nullopt},
      {"対象者:修学支援制度に申請した学生412名(うち2025年度新入生118名)\n・氏名\n・障害等による"
       "修学上の配慮申請の有無(57名について記載)\n",
       412, std::nullopt, std::nullopt},
      {"Letters for 37 households were affected. Between them, these letters related to 52 permit "
       "holders.\n",
       52, 37, std::nullopt},
      {"The copied files relate to approximately 6,200 individual clients. Around 480 business "
       "clients are also affected; they are not included in that figure.\n",
       6200, std::nullopt, std::nullopt},
      // dev24: a binder is a carrier; views of a page are no records; the officer who took
      // the list home is not one of the affected; a table row counts one person's records.
      {"名簿には会員142世帯分の世帯主氏名、住所が記載されていました。役員1名が名簿(紙、1冊)を"
       "持ち帰る途中で紛失しました。\n",
       std::nullopt, 142, std::nullopt},
      {"2 閲覧可能となっていた情報\n 在校生 214名分\n3 閲覧の状況\n 学外からの閲覧が37件ありま"
       "した。\n",
       214, std::nullopt, std::nullopt},
      {"2.誤送付した情報\n| 対象 | 件数 | 記載内容 |\n| 患者様A | 1件 | 氏名 |\n| 患者様B | 1件 | "
       "氏名 |\n| 合計 | 2名 | |\n",
       2, std::nullopt, std::nullopt},
      // dev25: how many to an envelope is no count of the affected, nor is the envelope a
      // record; ratepayers are people; a brand's name may stand between count and people.
      {"1通に2名分の明細書が封入されたものがあることが分かりました。\n調査の結果、他の方の明細書が"
       "誤"
       "って封入された組合員さまは14名です。\n",
       14, std::nullopt, std::nullopt},
      {"Hutt City Council has notified 212 ratepayers that their information was on a stolen USB "
       "stick.\n",
       212, std::nullopt, std::nullopt},
      {"The data downloaded from the vendor relates to around 38,000 Wattle & Vine customers.\n",
       38000, std::nullopt, std::nullopt},
      // "封筒12通について" still counts letters (dev14/001).
      {"封筒12通について、ラベルをずらして貼付していたため、負担割合証が別の方に届きました。\n",
       std::nullopt, std::nullopt, 12},
      // Addresses left visible to the recipients state the leak (dev24/019).
      {"A hold notice was sent to 1,412 library cardholders with all of their email addresses "
       "visible. Staff mailboxes are now blocked from sending to more than 25 external "
       "recipients.\n",
       1412, std::nullopt, std::nullopt},
      // A count that is the sum of the counts of its kind just before it is their total.
      {"・カード情報が流出したお客様 2,381名\n・個人情報のみが流出したお客様 3,539名\n計 5,920名\n",
       5920, std::nullopt, std::nullopt},
      {"会員120名の氏名が流出しました。\n取引先30名の氏名が流出しました。\n150名の氏名が流出しまし"
       "た。\n",
       150, std::nullopt, std::nullopt},
      // The total may come first, its parts after it.
      {"A notebook with the PHI of approximately 1,004 pediatric patients was stolen.\nThe breach "
       "affected approximately 876 patients of TCH and 128 patients of Memorial-Hermann.\n",
       1004, std::nullopt, std::nullopt},
      // あわせて marks a total (and the sum agrees).
      {"当社従業員1,204名の氏名、及び取引先担当者377名の氏名、あわせて1,581名分が漏えいしたおそれ"
       "があります。\n",
       1581, std::nullopt, std::nullopt},
      // Whose data it is (N名の…), not who did it (N名が).
      {"看護師1名が、患者さん19名の記録を閲覧していた。\n", 19, std::nullopt, std::nullopt},
      // The people the records relate to, beside the records and the firm's size.
      {"The container, used by more than 9,000 retail clients, held approximately 1.2 million "
       "records relating to approximately 480,000 individuals. Trellis employs about 2,300 "
       "people.\n",
       480000, std::nullopt, 1200000},
      // The teacher whose account was taken is not one of the affected either.
      {"本校教員1名が使用するメールアカウントが不正に利用されました。\n", std::nullopt,
       std::nullopt, std::nullopt},
      // The staff member whose account was taken is not one of the affected.
      {"本学教職員1名のメールアカウントが不正に利用され、個人情報が閲覧された可能性があります。\n"
       "閲覧された可能性のある個人情報\n 学生及び卒業生 1,532名分\n",
       1532, std::nullopt, std::nullopt},
      // A whole of people counted before: the part after うち is a further harm to some of
      // them (dev16/010).
      {"1. 概要\n期間中のログイン試行は約68万回で、このうち812名の会員様のアカウントへのログイン"
       "が成功していたことを確認いたしました。\n2. 閲覧された可能性のある情報\n・会員番号、氏名\n"
       "3. 二次被害の状況\n812名のうち23名の会員様について、保有ポイントが第三者により商品券に交換"
       "されていたことを確認しました。\n",
       812, std::nullopt, std::nullopt},
      // A box-drawn table: its rows head no section, so the 計 row (the sum of the rows
      // above it) stays the total (dev18/004).
      {"■ 影響を受けた方(内訳)\n│ 利用者様 │ 14名 │\n│ ご家族(緊急連絡先) │ 3名 │\n│ 計 │ "
       "17名 │\n",
       17, std::nullopt, std::nullopt},
      // A list line opening with うち counts a part of the affected people on the line above
      // (dev18/005).
      {"対象は以下のとおり確定いたしました。\n 対象のお客様 1,982名\n "
       "うちクレジットカード情報が含まれるお客様 1,204名\n・カード番号(上記1,204名のお客様)\n",
       1982, std::nullopt, std::nullopt},
      // A revised count: the one the notice first gave is superseded (dev18/030).
      {"In our first notice we said that the information of up to 9,000 students might be "
       "involved. The investigation confirmed that the attackers copied files about 4,830 "
       "people.\n",
       4830, std::nullopt, std::nullopt},
      // A range states no one number (dev18/016).
      {"We believe the EOBs of between 300 and 400 members were included in envelopes addressed "
       "to other members.\n",
       std::nullopt, std::nullopt, std::nullopt},
      // The staff a training reaches are no one affected (dev18/002).
      {"お客様のメールアドレス218件が流出しました。\n全従業員(43名)を対象に、個人情報保護に関する"
       "研修を実施します。\n",
       std::nullopt, std::nullopt, 218},
      // Further items for some of them: a part of the whole (dev18/018).
      {"The stolen laptop held assessment files for 212 students. For the 38 students referred "
       "for evaluation, the files also included notes on their health.\n",
       212, std::nullopt, std::nullopt},
      // Records from the notice's own words (dev17): files the criminals copied (on a line of
      // their own), rows relating to fewer people, more letters than the people they concern.
      {"Before the files were encrypted, the criminals copied approximately 46,000 files from a "
       "shared drive.\nWho is affected?\nThe copied files contain information about around 11,200 "
       "current and former tenants.\n",
       11200, std::nullopt, 46000},
      {"The spreadsheet contained 3,415 rows relating to 2,908 students.\n", 2908, std::nullopt,
       3415},
      {"The boxes contained around 700 hospital and clinic letters relating to approximately 520 "
       "patients.\n",
       520, std::nullopt, 700},
      // … but login attempts and accesses counted in 件 are no records (LABELLING.md).
      {"掲載期間中のファイルへのアクセスは58件でした(ダウンロードした方は特定できません)。\n",
       std::nullopt, std::nullopt, std::nullopt},
      {"本サイトのログイン画面に対して延べ4,310件のログイン試行が確認されております。\n",
       std::nullopt, std::nullopt, std::nullopt},
      // このうち: the count before it is the whole of an operation.
      {"影響範囲\n対象期間中に作成された共有リンク 延べ8,412件\nこのうち個人情報を含むファイル "
       "延べ1,027件\n",
       std::nullopt, std::nullopt, 1027},
      {"A total of 5,000 records were stored on the server.\nOf these, 1,200 records were "
       "accessed.\n",
       std::nullopt, std::nullopt, 1200},
      // Small numbers in words count the affected when nothing else counts people.
      {"Skylark Wireless is contacting five customers whose accounts were changed.\n", 5,
       std::nullopt, std::nullopt},
      {"An unauthorized person accessed the files of four of our clients.\n", 4, std::nullopt,
       std::nullopt},
      {"The laptop held the PHI of approximately 3,900 individuals, including the Social "
       "Security numbers of two individuals.\n",
       3900, std::nullopt, std::nullopt},
      {"An officer emailed your documents to another customer. The two customers had similar "
       "names.\n",
       std::nullopt, std::nullopt, std::nullopt},
      {"One or more individuals broke into the office.\n", std::nullopt, std::nullopt,
       std::nullopt},
      // Paper counted by its size, and errors counted in 件, are no records.
      {"職員が一覧表(A4判3枚)"
       "を別の事業所にファクス送信しました。利用者7名の個人情報が流出しました。"
       "\n",
       7, std::nullopt, std::nullopt},
      {"調査の結果、同様の誤りが他に2件あり、あわせて3世帯8名分の通知書が別の世帯に送付されていまし"
       "た。\n",
       8, 3, std::nullopt},
      // "N of those letters": the part of the mailing that went wrong.
      {"Our vendor mailed 4,870 letters to members on January 13. A software update added a "
       "second page to some envelopes. 318 of those letters contained a page with another "
       "member's information.\n",
       std::nullopt, std::nullopt, 318},
      // The batch as a whole is the operation; the misaddressed statements the incident.
      {"Approximately 1,204 EOB statements were placed in misaddressed envelopes and delivered "
       "to other members. The batch as a whole contained 38,750 statements.\n",
       std::nullopt, std::nullopt, 1204},
      // Letters sent to someone else, counted in 通, with no count of people ("手作業" is no
      // operation's work).
      {"このうち、職員が手作業で宛名ラベルを貼付した封筒12通について、負担割合証が別の方に届きまし"
       "た。\n",
       std::nullopt, std::nullopt, 12},
      // The people a list of data items belongs to, beside the recipients of the message.
      {"Staff sent an email to the 38 members of the Landlords' Forum. A spreadsheet was "
       "attached.\nThe spreadsheet held the names, addresses and arrears balances of 1,204 "
       "residents.\nWe asked all 38 recipients to delete it; 36 recipients have done so.\n",
       1204, std::nullopt, std::nullopt},
      // A state's residents in a letter to that state's regulator are a part of everyone
      // counted in total.
      {"The incident may affect information relating to nine (9) New Hampshire residents.\n"
       "The review identified 1,284 individuals in total.\nWe wrote to the affected "
       "individuals, including the nine (9) New Hampshire residents.\n",
       1284, std::nullopt, std::nullopt},
      // Scans counted beside the people they belong to are records.
      {"The drive held 1,530 passport scans belonging to 1,412 customers.\n", 1412, std::nullopt,
       1530},
      // A named household is one household.
      {"交付した写しには、Bさん世帯2名の氏名、住所が記載されていました。\n", 2, 1, std::nullopt},
      // A list counted in 件 beside a count of people carries the data.
      {"盗難にあった個人情報\n 町会役員名簿 1件(役員19名分の氏名、住所)\n 出席者名簿 1件(出席者37名"
       "分の氏名)\n",
       std::nullopt, std::nullopt, std::nullopt},
      // More documents than people: one a person or firm, so the documents are the records.
      {"閲覧可能となっていた届出書類 2,040件(個人1,520名分、法人520社分)\n", 1520, std::nullopt,
       2040},
      // Each of the letters held another letter: "2通ずつ" counts nothing.
      {"発送した通知のうち、封筒9通に別の世帯の通知が2通ずつ入っていました。\n対象 9世帯(計23名)\n",
       23, 9, 9},
      // The pages of one document, in brackets after it, are paper, not records.
      {"患者様1名の紹介状(送付状を含め計4枚)を別の医療機関へ誤ってFAX送信しました。\n", 1,
       std::nullopt, std::nullopt},
      // A count stated after its label.
      {"紛失した帳票\n 帳票枚数:1,830枚\n お客さま:約900名\n", 900, std::nullopt, 1830},
      // Photographs counted are the data themselves.
      {"利用者様3名の顔が判別できる写真4枚を含めて投稿しました。\n", 3, std::nullopt, 4},
      // The same number of accounts as of people is one count in other words.
      {"The spreadsheet contained the details of 1,032 council tax accounts.\nWe are writing to "
       "the 1,032 account holders affected.\n",
       1032, std::nullopt, std::nullopt},
      // One number of people stated twice, with no leak wording, is still one number.
      {"The clinic notes of 750 of the clinic's patients were on its website.\nThe clinic "
       "removed the 750 patients' notes.\n",
       750, std::nullopt, std::nullopt},
      // Tied counts: the number the notice states again is the affected one.
      {"A computer was stolen that contained 27,113 patients' files.\n3,132 of the 27,113 "
       "individuals are deceased.\nThe CE notified the 23,981 affected individuals.\n",
       27113, std::nullopt, std::nullopt},
      // "The other N" / "the remaining N" is the rest of a whole counted before.
      {"Humana determined that 863 individuals were affected. The other 486 affected "
       "individuals are employees of other firms.\n",
       863, std::nullopt, std::nullopt},
      {"The breach affected 1,400 individuals.\nThe CE notified the remaining 1,150 affected "
       "individuals by mail.\n",
       1400, std::nullopt, std::nullopt},
      // "N名(うち…M名を含む)": N is the whole, M a part of it.
      {"対象 648名(うち退去済みの方71名を含む)\n", 648, std::nullopt, std::nullopt},
      // "for N patients, X": the people further items belong to.
      {"Two email accounts were compromised and PHI for about 66,000 individuals was exposed.\nThe "
       "exposed PHI included names and, for 1,200 individuals, their Social Security numbers.\n",
       66000, std::nullopt, std::nullopt},
      // "(3)" opens a list item; it counts no one.
      {"The breach affected 1,049 individuals.\nThe CE (1) revised its policy, (2) sanctioned the "
       "employee and (3) all employees were retrained.\n",
       1049, std::nullopt, std::nullopt},
      // Alone, "the remaining N" is the number.
      {"The CE notified the remaining 2,034 patients, HHS, and the media.\n", 2034, std::nullopt,
       std::nullopt},
      // Of the affected ones, a part.
      {"The breach involved 749 individuals.\nOf the affected individuals, 598 were the CE's "
       "members.\n",
       749, std::nullopt, std::nullopt},
      // Two different numbers with nothing to choose between them: none is stated.
      {"The clinic notes of 750 of the clinic's patients were on its website.\nThe clinic "
       "also saw 9,000 patients' families.\n",
       std::nullopt, std::nullopt, std::nullopt},
      // But the organisation's size ("serves N") does not stand against a count.
      {"The clinic notes of 750 of the clinic's patients were on its website.\nThe clinic "
       "serves 9,000 patients' families.\n",
       750, std::nullopt, std::nullopt},
      // "In total, N": the sentence states the total, not the mailing's size.
      {"On January 31 the University mailed W-2 statements to 9,870 employees. Pages were "
       "inserted out of sequence. In total, 212 employees' W-2 forms were mailed to another "
       "employee.\n",
       212, std::nullopt, std::nullopt},
      // "N individuals, including the M residents": N is the whole.
      {"Cedar Ridge is notifying 2,318 Iowa residents.\nThe incident affected 4,107 individuals, "
       "including the 2,318 Iowa residents referenced above.\n",
       4107, std::nullopt, std::nullopt},
      // "M residents among them": a part of the whole.
      {"The code captured data of 9,870 customers. We are notifying the 3,412 California "
       "residents among them under California law.\n",
       9870, std::nullopt, std::nullopt},
      // The organisation's size: "enrolls N", "N clients each year".
      {"The affected data relates to 1,148 students (the College currently enrolls approximately "
       "9,000 students).\n",
       1148, std::nullopt, std::nullopt},
      {"The breach may have affected approximately 12,400 individuals.\nFounded in 1975, we "
       "serve more than 30,000 clients each year at 11 locations.\n",
       12400, std::nullopt, std::nullopt},
      // A bound states no number, and the organisation's size is not one either.
      {"Serving Marathon County | 41,000 members\nThe employee looked up the accounts of fewer "
       "than 50 members.\n",
       std::nullopt, std::nullopt, std::nullopt},
      // "Of the N statements mailed, …": the whole a part is taken from.
      {"Dakota County has learned that 1,312 of the 2025 property tax statements mailed were "
       "sent to the wrong owners. Of the roughly 170,000 statements mailed this year, the error "
       "affected only one batch.\n",
       std::nullopt, std::nullopt, 1312},
      // A lone count of the data itself (not letters or pages) is the records count, and
      // on the line of the people count it stands beside them.
      {"A paper jam caused 3,870 bills to include a page of the next bill.\n", std::nullopt,
       std::nullopt, 3870},
      {"Between May and June, 186 faxes concerning 171 patients were sent to a business.\n", 171,
       std::nullopt, 186},
      {"We wrote to 300 pages of members.\nThe records of 87 members were found.\n", 87,
       std::nullopt, std::nullopt},
      // Sheets that repeat the count of people are no records count (LABELLING.md).
      {"回収した処方箋は計64枚でした。\n患者様64名の氏名、生年月日が記載されていました。\n", 64,
       std::nullopt, std::nullopt},
      // English pages beside the people they hold are paper too.
      {"The boxes held approximately 300 pages relating to 87 members, mainly loan forms.\n", 87,
       std::nullopt, std::nullopt},
      // "mailed N statements to incorrect addresses" counts the error, not the operation, and a
      // line that restates the people count may hold the records count.
      {"Individuals Affected: 2871\nThe BA mailed 3,104 billing statements to incorrect "
       "addresses after a sorting error. The statements belonged to 2,871 patients.\n",
       2871, std::nullopt, 3104},
      // A list item that speaks of the records of the item before counts their people
      // (dev101/018).
      {"The review found:\n  - 1,086 lab results were displayed in the wrong account;\n  - those "
       "results belong to 742 patients;\n  - they were displayed to 97 portal users.\nWe have "
       "notified the 742 affected patients.\n",
       742, std::nullopt, 1086},
      // An update that counts nothing above the original statement: the original's count
      // stands (dev73/020).
      {"Update, 3 March 2026\nWe have now completed our review of the data.\n\nOriginal "
       "statement, 12 February 2026\nThe attacker copied files. The personal information of "
       "approximately 18,400 individuals was affected.\n",
       18400, std::nullopt, std::nullopt},
      // A vendor's platform-wide figure is not this notice's.
      {"The vendor said the incident affected roughly 1.4 million records platform-wide.\nThe "
       "exported data included information about 4,518 volunteers.\n",
       4518, std::nullopt, std::nullopt},
      // うち…上記に加え: the part with further items; the whole is the number.
      {"２．パソコンに保存されていた個人情報\n お客様 1,038名分\n 氏名、ご住所\n "
       "うち、口座情報をお預かりしたお客様 212名分については、上記に加え\n 口座番号\n",
       1038, std::nullopt, std::nullopt},
      // A data section about one person named by a letter: one person; two letters: none.
      {"概要\n相談に来られたA様に、B様の申込書の写しをお渡ししました。\n誤ってお渡しした情報\n"
       "B様の氏名、住所、電話番号\n",
       1, std::nullopt, std::nullopt},
      {"概要\n相談に来られたC様に、書類をお渡ししました。\n誤ってお渡しした情報\n"
       "A様及びB様の氏名、住所\n",
       std::nullopt, std::nullopt, std::nullopt},
      // 作業 when the error happened ("封入作業を行った際") is no operation's size.
      {"職員2名が封入作業を行った際、受給者5名の案内文書を、別の受給者あての封筒に封入して"
       "いました。\n",
       5, std::nullopt, std::nullopt},
      // "N individuals were affected": the cue may follow the count.
      {"The breach affected the files of 2,400 patients and staff. Approximately 1,870 "
       "individuals were affected.\n",
       1870, std::nullopt, std::nullopt},
      // "the ePHI of M people, affecting N individuals who …": M is another's whole.
      {"The parent company experienced a cyber-attack that may have compromised the ePHI of "
       "approximately 79 million people, affecting 3,000 individuals who received health insurance "
       "from the CE.\n",
       3000, std::nullopt, std::nullopt},
      // "M individuals, including N of the CE's members": N is the notifier's own.
      {"The BA was hacked, exposing the ePHI of approximately 76,000 individuals, including data "
       "on 10,515 of the CE's members.\n",
       10515, std::nullopt, std::nullopt},
      // The organisation's size ("従業員数は約1,200名") is never the number affected.
      {"２．漏えいのおそれがある情報\n・従業員の氏名、住所\n※当社の従業員数は約1,200名です。\n",
       std::nullopt, std::nullopt, std::nullopt},
      // The people on a mailing list the data was sent to are the recipients; the one
      // count of households stands.
      {"It listed our 83 client families' contact details.\nThe message was sent to all 640 "
       "people on our volunteer mailing list.\n",
       std::nullopt, 83, std::nullopt},
      // E-mail addresses counted beside the people are the recipients again.
      {"流出した情報\nメールアドレス(個人53名、法人33社 計86件)\n", 53, std::nullopt, std::nullopt},
      // The sheets a list of people was on are paper.
      {"一 概要\n職員が対象者名簿(二枚)を送信しました。\n二 漏えいした個人情報\n対象者 "
       "十二名分の氏名、住所\n",
       12, std::nullopt, std::nullopt},
      // What an operation sent that week is its size.
      {"Letters intended for 47 households were sent to neighbouring properties. In total the "
       "team had sent 2,380 statements that week.\n",
       std::nullopt, 47, std::nullopt},
      // What a spreadsheet listed is the data; the volunteers it was sent to are the
      // recipients (dev21/017). Reports available unredacted are the records themselves
      // (dev20/017).
      {"An employee sent a reminder to the 38 parent volunteers. A spreadsheet was attached to "
       "that email. The spreadsheet listed 1,412 students across our schools.\n",
       1412, std::nullopt, std::nullopt},
      {"As a result, 94 incident reports were available in unredacted form. The reports contain "
       "information about approximately 260 individuals.\n",
       260, std::nullopt, 94},
      // Paper, errors and reports of misuse are no records (LABELLING.md): the pages of a
      // fax, a document's sheets, "2 more mis-enclosures", "32 reports of card misuse".
      {"A member of staff faxed referral packets for four patients to the wrong number. The 23 "
       "pages included your name.\n",
       4, std::nullopt, std::nullopt},
      {"職員が照会文書(3枚)を医療機関あてに送信した際、番号が誤っていました。\n", std::nullopt,
       std::nullopt, std::nullopt},
      {"同日、ほかに2件の誤封入が判明し、計3世帯の通知書が別の世帯に送付されていました。\n",
       std::nullopt, 3, std::nullopt},
      {"お客様1,200名のカード情報が流出した可能性があります。\nなお、不正利用の可能性があるとの報告"
       "を受けているのは32件です。\n",
       1200, std::nullopt, std::nullopt},
      // A form label with a verb and a qualifier before the number.
      {"Medical records may have been accessed at a storage facility.\nThe number of "
       "individuals affected was approximately 2,643.\n",
       2643, std::nullopt, std::nullopt},
      // The retired holdouts (dev28-dev37): a label before a revised number; a label before a
      // number in 万; a whole that includes a part in brackets; a part on a line of 上記のうち;
      // operations, forms and page views that are no records.
      {"UPDATE: The number of affected customers is 1,309, not 1,142 as first reported.\n", 1309,
       std::nullopt, std::nullopt},
      {"対象者数 1万2,450人\n", 12450, std::nullopt, std::nullopt},
      {"お客様2,843名のカード情報が漏えいした可能性があります。\n会員登録をされたお客様15,621名("
       "上記"
       "(2)の2,843名を含む)の氏名、住所が漏えいした可能性があります。\n",
       15621, std::nullopt, std::nullopt},
      {"商品を購入されたお客様 最大12,405名\n上記のうち、クレジットカード決済をされたお客様 "
       "3,187名\n",
       12405, std::nullopt, std::nullopt},
      {"特別徴収税額決定通知書を計12,"
       "356通発送しました。うち3名分の通知書が別の事業所に届きました。\n",
       3, std::nullopt, std::nullopt},
      {"This Current Report on Form 8-K contains forward-looking statements.\n", std::nullopt,
       std::nullopt, std::nullopt},
      {"氏名、住所が閲覧できる状態でした。当該ページのアクセス件数は期間中 217 件でした。\n",
       std::nullopt, std::nullopt, std::nullopt},
      // dev38-dev43: an earlier report kept below the current one; slips counted beside
      // fewer people; one list, one file beside the people; the sheets of a fax or of papers
      // named before 等; letters an operation posted; records counted in words.
      {"【第2報】会員サイトへの不正ログインについて\n調査の結果、2,847名のお客さまのアカウントに"
       "不正ログインされたことを確認いたしました。\n――――\n【第1報】2026年10月7日\n約3,000件の"
       "アカウントに不正ログインが行われた可能性があることが判明しました。\n",
       2847, std::nullopt, std::nullopt},
      {"第2報\n対象のお客様 1,982名\n第1報では、対象となるお客様を「最大2,350名」とお知らせして"
       "おりました。\n",
       1982, std::nullopt, std::nullopt},
      {"1.紛失した伝票\n 振込依頼書、預金払戻請求書等\n 二百三十一枚(お客さま百九十八名分)\n", 198,
       std::nullopt, 231},
      {"対象者 214名\n職員が受診勧奨の対象者リスト(エクセルファイル1件)を誤ったアドレスに送信しま"
       "した。\n",
       214, std::nullopt, std::nullopt},
      {"2 紛失した書類\n 供述調書の写し等 計14枚\n (関係者7名の氏名、住所が記載されたもの)\n", 7,
       std::nullopt, std::nullopt},
      {"受給者2名分の氏名、住所、病名が記載された文書を誤送信しました。\n(ファクシミリ送信枚数 "
       "3枚)\n",
       2, std::nullopt, std::nullopt},
      {"About 21,500 reminder letters were posted that day. The letters of 88 residents were "
       "affected.\n",
       88, std::nullopt, std::nullopt},
      {"Because of an error, sixty-three statements were attached to emails addressed to a "
       "different donor.\n",
       std::nullopt, std::nullopt, 63},
      // People: "several hundred" is no number; a total in words after a state's share; one
      // person, said in words; a date before a clause is no count; corporations are not
      // people; two kinds of people side by side without a total.
      {"A laptop containing information on several hundred students was stolen.\n", std::nullopt,
       std::nullopt, std::nullopt},
      {"The files contained personal information of 14 Maine residents. In total, nearly two "
       "thousand current and former employees and their dependents were affected.\n",
       2000, std::nullopt, std::nullopt},
      {"Our colleague read out the tenant's new address. One tenant was affected.\n", 1,
       std::nullopt, std::nullopt},
      {"As a result, up to 640 patients' letters were printed with another patient's address.\n"
       "We became aware of the problem on 7 September when several people contacted us.\n",
       640, std::nullopt, std::nullopt},
      {"(3)閲覧可能となっていた情報\n 個人事業主86名:氏名、住所、申請額\n "
       "法人41者:法人名、所在地\n",
       86, std::nullopt, std::nullopt},
      {"【書類に記載されていた情報】\nご契約者様1名及び連帯保証人様1名の氏名、住所、勤務先\n",
       std::nullopt, std::nullopt, std::nullopt},
      {"児童3名及び保護者2名、計5名の氏名が記載されていました。\n", 5, std::nullopt, std::nullopt},
      // A register's size; a threshold a new rule sets; people on the register are the affected.
      {"The spreadsheet held information about 1,046 people on the housing register.\nThere are "
       "around 14,000 households on the housing register. Most were not affected.\n",
       1046, std::nullopt, std::nullopt},
      // A further harm to some of a whole counted before ("In 212 accounts, …").
      {"The unauthorized party signed in to 4,873 customer accounts. In those accounts they could "
       "see names. In 212 accounts, rewards points were redeemed.\n",
       std::nullopt, std::nullopt, 4873},
      {"To prevent this, the district will require that any message to more than 25 families is "
       "sent through our notification system.\n",
       std::nullopt, std::nullopt, std::nullopt},
      // Records: a form's name between number and unit; letters brought back are a part; a
      // shop's orders are its size; the sheets records take up are paper; e-mails are no
      // carriers; a fax's sheets and envelopes are paper wherever they stand; a mailing
      // counted before "and of these" is the whole.
      {"In all, 2,215 Form 1099-G statements were mailed to the wrong address.\n", std::nullopt,
       std::nullopt, 2215},
      {"案内はがきを誤って送付しました(3月9日までに6通回収)。\n利用者15名の方の氏名が記載"
       "されていました。\n",
       15, std::nullopt, std::nullopt},
      {"対象のお客様 2,104名\n※同期間中の受注件数は計9,870件ですが、それ以外のご注文は対象外です。"
       "\n",
       2104, std::nullopt, std::nullopt},
      {"2 対象となる書類\n 入会申込書 318件\n (段ボール箱2箱、約2,400枚)\n", std::nullopt,
       std::nullopt, 318},
      {"受信メール約2,600通のうち、個人情報を含むメール164通(会員402名分)が閲覧可能でした。\n", 402,
       std::nullopt, 164},
      {"職員が患者さま1名の紹介状等(計5枚)をFAXで送信する際、番号を誤りました。\n", 1, std::nullopt,
       std::nullopt},
      {"Approximately 2,900 claimants are affected. About 1,420 envelopes were affected, each "
       "holding two forms.\n",
       2900, std::nullopt, std::nullopt},
      {"Over the week 37,400 reminder emails were sent, and of these, 208 members' notices went "
       "to another member.\n",
       208, std::nullopt, std::nullopt},
      {"The bags held about 520 pharmacy receipts relating to 390 patients. We filled more than "
       "45,000 prescriptions last year.\n",
       390, std::nullopt, 520},
      // Records: binders do not stand against the records; a note on the whole in its bracket;
      // a further harm to some of the records; a mailing; spam; a business's record of trade.
      {"職員が申込受付票の綴り(1冊)を紛失しました。\n2 紛失した受付票\n 受付票27件(申込者25名分。"
       "うち2名は2回分の申込み)\n",
       25, std::nullopt, 27},
      {"不正ログインが確認されたアカウント数:1,"
       "187件\nこのうち、64件のアカウントで保有ポイントが不正"
       "に交換されました。\n",
       std::nullopt, std::nullopt, 1187},
      {"個人情報を記載した負担割合証38,412通を令和7年7月25日(金)に郵送しました。\n", std::nullopt,
       std::nullopt, std::nullopt},
      {"当該アカウントへの不正ログインがあり、約3,000通のなりすましメールが送信されました。\n",
       std::nullopt, std::nullopt, std::nullopt},
      {"顧客142名の氏名が流出しました。なお、当社の取引実績は累計二万件を超えております。\n", 142,
       std::nullopt, std::nullopt},
      // Records from dev52: the part named by its personal data, not the store it was in; cases
      // of misuse and fax sheets do not stand against the records; letters that went wrong
      // with no count of people; a batch checked in full; sheets stuck together.
      {"メールボックスには約2万1千通のメールが保存されており、調査の結果、そのうちお客さまの個人"
       "情報を含むメールは612通でした。\n",
       std::nullopt, std::nullopt, 612},
      {"このうち 1,532件 の会員アカウントに不正にログインされたことを確認いたしました。\n保有ポイ"
       "ントが不正に利用された事例が27件確認されております。\n",
       std::nullopt, std::nullopt, 1532},
      {"送信した書類は、サービス提供票11件(ご利用者さま7名分)、FAX用紙で計14枚です。\n", 7,
       std::nullopt, 11},
      {"6月10日に発送した年金支払通知書31,200通のうち、一部の工程で用紙の重送が発生し、428通に"
       "おいて、宛名の方とは別の受給者の方の通知書が封入されておりました。\n",
       std::nullopt, std::nullopt, 428},
      {"割合証約28,000通を発送しました。\n手作業で封入した再発行分126通の控えを全件確認し、"
       "ほかに1件の誤送付があることを確認。\n2世帯3名の方の割合証が別の世帯に届きました。\n",
       3, 2, std::nullopt},
      {"計3世帯の通知書が別の世帯に送付されていました。\n職員1名で行い、2枚重なった状態の通知書を"
       "そのまま封入しました。\n",
       std::nullopt, 3, std::nullopt},
      // People from dev52: a part said to be within a count above; a site's members; firms.
      {"お客さま約3,400名分の顧客管理データが保存されていました。控えにはお客さま5名の氏名・住所"
       "が記載されており、いずれも上記の約3,400名に含まれます。\n",
       3400, std::nullopt, std::nullopt},
      {"カード情報 2,614件(お客様数 2,480名)\nなお、本件サイトの会員登録数は約12万名ですが、"
       "上記期間にカード決済をされていないお客様の情報は含まれておりません。\n",
       2480, std::nullopt, 2614},
      {"補助金を申請した個人327名分の氏名、住所\n(このほか、法人・個人事業主58者の事業者名及び"
       "所在地が含まれていました。)\n",
       327, std::nullopt, std::nullopt},
      // From dev53: treatment notes are records; what a database holds, or a count the notice
      // says was not reached, is not the number; inspectors are people.
      {"The drive held 2,318 treatment notes for approximately 900 clients.\n", 900, std::nullopt,
       2318},
      {"Up to 6,480 customers may be affected. Our customer database holds about 410,000 online "
       "accounts.\n",
       6480, std::nullopt, std::nullopt},
      {"The files held data on 311 employees. The student system, which holds records for about "
       "19,000 students, was not accessed.\n",
       311, std::nullopt, std::nullopt},
      {"The list was posted in error. All 389 inspectors are receiving a letter.\n", 389,
       std::nullopt, std::nullopt},
      // People: a whole that includes a part said politely; the size of a school or a nation,
      // had or held; a total in all of a vendor's plans is not this notice's.
      {"対象:クレジットカード決済を行ったお客様 1,730名\n対象:ご注文画面で入力されたお客様 "
       "4,216名(上記の1,730名を含みます)\n",
       4216, std::nullopt, std::nullopt},
      {"The spreadsheet listed 174 students who have a health plan. The school has 806 students "
       "in total.\n",
       174, std::nullopt, std::nullopt},
      {"Social security numbers were printed on the address labels of a newsletter mailing. The "
       "mailing had 560 recipients.\n",
       560, std::nullopt, std::nullopt},
      {"The vendor runs 30 pension plans with about 88,000 participants in total. For the Fund, "
       "1,012 members and retirees were affected.\n",
       1012, std::nullopt, std::nullopt},
      // From dev54 … dev57 (records): slips counted in 枚, more than their people, are records;
      // forms counted beside fewer households; letters that went astray with no count of
      // people, beside a mailing that was posted; a mailing printed and posted, or part of
      // which went wrong; spam sent from a taken mailbox; documents published unredacted, of
      // which some were downloaded; a batch checked in full; the recipients of an e-mail.
      {"2.紛失した伝票に記載されている情報\n 伝票312枚(お客さま245名分)\n", 245, std::nullopt, 312},
      {"The boxes held 412 intake forms from 2021 and 2022, covering about 350 households.\n",
       std::nullopt, 350, 412},
      {"Our print partner posted 1,120 reminder letters on the council's behalf. A fault meant "
       "that 58 letters were placed in envelopes addressed to other residents.\n",
       std::nullopt, std::nullopt, 58},
      {"In total, 19,400 reminder letters were printed and posted in the batch. As a result, the "
       "details of 86 households were printed on letters sent to other households.\n",
       std::nullopt, 86, std::nullopt},
      {"2月20日に発送した2月送付分(約1万2千通)の一部において、別の方の明細が記載されたお知らせが"
       "送付されました。\n",
       std::nullopt, std::nullopt, std::nullopt},
      {"In total, about 4,600 of these phishing emails were sent to contacts in the mailbox. It "
       "held information about 1,083 clients.\n",
       1083, std::nullopt, std::nullopt},
      {"Between 2 February and 27 April, 1,318 documents were published without redaction. Our "
       "logs show that 57 of these documents were downloaded during that time. In total, about "
       "9,000 documents were published on the portal in the same period; the others were "
       "correctly redacted.\n",
       std::nullopt, std::nullopt, 1318},
      {"課税明細書が複数枚となる納税義務者分(246通)をすべて確認したところ、ほかに2件の誤封入が判明"
       "\n\n2 他の方に渡った個人情報\n 3名分の課税明細書に記載された次の情報\n",
       3, std::nullopt, std::nullopt},
      {"2 流出した情報\n 2年3組の生徒34名分の氏名\n\n3 送信先\n 保護者グループに登録されている"
       "メールアドレス36件(31世帯)\n",
       34, std::nullopt, std::nullopt},
      // People from dev54 … dev57: a whole of "our" members before the part; an organisation's
      // size (cared for, served, insured); staff untouched; a home's capacity, and the number
      // stated twice over a rival; students and parents side by side; a total after its parts;
      // people sent to another's phone beside the recipients of an operation.
      {"Of our roughly 61,000 members, 2,140 members had their online banking accounts "
       "successfully accessed.\n",
       2140, std::nullopt, std::nullopt},
      {"Some files were taken from a file server. We care for more than 14,000 children across "
       "our three offices; not every family was affected.\n",
       std::nullopt, std::nullopt, std::nullopt},
      {"The drive held backup copies for approximately 3,400 current and former patients of the "
       "roughly 11,000 patients we have served since 2015.\n",
       3400, std::nullopt, std::nullopt},
      {"The callers obtained information about 212 policyholders. Granite Shield insures about "
       "340,000 drivers in New England.\n",
       212, std::nullopt, std::nullopt},
      {"対象となる方の人数については、現在調査中です。\nなお、当社従業員約1,200名の給与支払いへの"
       "影響はありません。\n",
       std::nullopt, std::nullopt, std::nullopt},
      {"【盗まれた書類と個人情報】\n 入所申込書の写し 14名分\n "
       "(当施設の入所定員は80名、現在お申込み"
       "をいただいている方は約120名で、上記14名以外の方の書類は含まれておりません。)\n",
       14, std::nullopt, std::nullopt},
      {"The unauthorised party was able to view the records of approximately 3,900 students and "
       "1,800 parents.\n",
       std::nullopt, std::nullopt, std::nullopt},
      {"The copied files contained personal information of 1,874 current and former students and "
       "412 current and former employees, 2,286 people in total. The district enrolls about "
       "2,900 students.\n",
       2286, std::nullopt, std::nullopt},
      {"On Friday the City sent its quarterly SMS reminder to 9,800 ratepayers. As a result, 647 "
       "ratepayers had their reminder sent to another ratepayer's mobile phone.\n",
       647, std::nullopt, std::nullopt},
      {"As a result, in the batch of 2,906 statements mailed on or about March 3, 2026, the "
       "second page of some statements was placed in the envelope of the next patient.\n",
       std::nullopt, std::nullopt, std::nullopt},
      {"Between 02/03/2026 and 04/03/2026 we posted around 96,500 annual bills to residents.\n"
       "The bills of 214 households were sent to a different address.\n- for 37 of the "
       "households who pay by direct debit, the last four digits of the bank account number\n",
       std::nullopt, 214, std::nullopt},
      // From dev60 … dev63 (records): envelopes and letters that held another's document are
      // the records that went astray; an operation's messages "sent when" it went wrong, and
      // the ones sent to someone else; how many went into one envelope, or one person has; a
      // mailbox's whole; a part of a whole the leak touched; a count first announced, then
      // taken back; papers lost with no count of people; tenancies; a view count.
      {"A fault on one of the contractor's enveloping machines meant that 340 envelopes "
       "contained a second bill belonging to another account holder.\n",
       std::nullopt, std::nullopt, 340},
      {"封入機の検査記録等から、他の方の通知書が同封された封筒は186通であり、同封された通知書に"
       "記載されていた方は、保護者及び生徒の計241名であることを確認しました。\n",
       241, std::nullopt, 186},
      {"9月分の未納案内として計2,418通のSMSを送信した際、電話番号一覧の作成作業で一部の行がずれた"
       "ため、63通のSMSが、本来のお客さまとは別の方の電話番号あてに送信されました。\n",
       std::nullopt, std::nullopt, 63},
      {"封入封緘機の一時的な不具合により、2通の通知書が1つの封筒に封入された可能性があることが判明"
       "しました。調査の結果、22名の方の納税通知書が、他の方あての封筒に同封されていました。\n",
       22, std::nullopt, std::nullopt},
      {"2. 流出した情報\n お客さま412名のメールアドレス418件\n (お一人で2件のメールアドレスをご"
       "登録のお客さまがいらっしゃるため、件数と人数が異なります。)\n",
       412, std::nullopt, 418},
      {"What information was involved\nThe mailbox held roughly 11,000 emails. A forensic firm "
       "reviewed all of them and "
       "identified 2,315 emails that contain personal information of around 640 clients.\n",
       640, std::nullopt, 2315},
      {"A review of the portal found 6,210 documents in the folder, submitted by up to 2,905 "
       "residents. The county's review of access logs found that 74 of the documents were "
       "opened from outside the county.\n",
       2905, std::nullopt, 6210},
      {"2. 漏えいのおそれのある個人情報\n 第1報では「最大で約4万件の個人情報が含まれる可能性が"
       "ある」とお知らせしておりましたが、調査の結果、漏えいのおそれのある個人情報は計26,418名分と"
       "なりました。\n",
       26418, std::nullopt, std::nullopt},
      {"Council officers collected the documents the same day. They comprised approximately 430 "
       "rate notices and direct debit request forms from 2009 to 2012.\n",
       std::nullopt, std::nullopt, 430},
      {"The report listed 203 tenancies and included details of 311 tenants.\n", 311, std::nullopt,
       203},
      {"■ 対象となる書類と個人情報\n ・書類:賃貸借契約書(控)、入居申込書、連帯保証人確約書 (計約"
       "300枚)\n ・対象のお客さま:約140名(入居者及び連帯保証人)\n",
       140, std::nullopt, std::nullopt},
      {"閲覧されたファイルは1件でした。ダウンロード件数は、アクセスログから58件と確認しています。"
       "対象は会員312名の氏名です。\n",
       312, std::nullopt, std::nullopt},
      // From dev64 and dev65: a table's total under a header that names the unit; photographs
      // counted wherever they stand, beside the card they were on; record sheets beyond the
      // people; a list's sheets named in quotes; a count a notice of a date reported before;
      // a bracketed part (このうち); a further harm under its own heading; the files a list
      // was kept in; an EOB run's size; the breach reports a regulator received.
      {"Patients whose information was on the drive, by department:\n\n  Department        "
       "Patients\n  Cardiology             812\n  Oncology             1,234\n  Total      "
       "          2,046\n",
       2046, std::nullopt, std::nullopt},
      {"1.紛失したもの\n デジタルカメラ用SDカード 1枚\n (運動会で撮影した写真データ "
       "約1,400枚を保存)\n"
       " 写っている園児:年中組・年長組の園児32名\n",
       32, std::nullopt, 1400},
      {"2.紛失した書類\n 日常生活自立支援事業の訪問記録票 計42枚\n\n3.対象となる方\n "
       "高齢の利用者11名、"
       "障害のある利用者6名、以上17名\n",
       17, std::nullopt, 42},
      {"誤送信した書類は「病棟別入院患者一覧表」2枚で、入院患者さま23名の氏名、病名が記載されて"
       "いました。\n",
       23, std::nullopt, std::nullopt},
      {"In our notice of June 3, 2024, we reported that approximately 2,100 individuals were "
       "affected. The review found that the files contained personal information of 2,684 "
       "individuals.\n",
       2684, std::nullopt, std::nullopt},
      {"(2)個人情報漏えいの可能性があるお客様\n "
       "期間中に購入手続き又は会員登録をされたお客様2,470名\n"
       " (このうち、同期間中にクレジットカード決済をされたお客様1,892名については、クレジット"
       "カード情報が漏えいした可能性があります。)\n",
       2470, std::nullopt, std::nullopt},
      {"2.閲覧された可能性のある情報\n 会員番号、氏名 1,203名\n\n3.二次被害の状況\n "
       "不正ログインされた"
       "アカウントのうち12件で、保有ポイントが第三者により交換されていたことを確認しております。\n",
       1203, std::nullopt, std::nullopt},
      {"2.漏えいした情報\n 受診者1,186名分(Excelファイル9件)の氏名、生年月日、健診結果\n", 1186,
       std::nullopt, std::nullopt},
      {"What happened?\nOn July 7, 2025, the vendor mailed the monthly EOB run of about 48,900 "
       "statements. Because of an error, the first page of some statements was placed in an "
       "envelope addressed to another member. We confirmed that 2,314 members were affected.\n",
       2314, std::nullopt, std::nullopt},
      {"The attachments consisted of 31 documents relating to fourteen clients.\n\nBackground: "
       "This office received 212 breach reports from health trustees in the 2024-25 fiscal "
       "year.\n",
       14, std::nullopt, 31},
      // From dev61: an update above the first statement, which a rule keeps below; the
      // figure the update says it replaces.
      {"Update: 29 May 2026\nThe investigation has confirmed that the files contain personal "
       "information of 1,046 current and former employees. This is more than the figure of "
       "about 600 people we gave on 14 May.\n\n---\n\n14 May 2026\nAt this stage we believe "
       "the files relate to about 600 of our employees.\n",
       1046, std::nullopt, std::nullopt},
      // From dev60, dev62, dev63: people under a heading that says they are the affected ones,
      // before a line that opens with the part; the members no other of whom were affected;
      // the families of the students counted, one each.
      {"(2)対象となるお客様\n 上記期間中に本サイトで会員登録または商品の購入をされたお客様 "
       "最大9,516名\n"
       " このうち、クレジットカード決済をご利用になったお客様2,207名については、カード情報が漏えい"
       "した可能性があります。\n",
       9516, std::nullopt, std::nullopt},
      {"Who was affected\nEleven (11) members had information disclosed to the caller. No other "
       "members of our approximately 84,000 members were affected.\n",
       11, std::nullopt, std::nullopt},
      {"What information was on the forms\nThe folder held forms for 64 students.\n\nWhat we are "
       "doing\nWe have contacted the 64 families concerned by phone.\n",
       64, std::nullopt, std::nullopt},
      // From dev52, dev58, dev59, dev63: paper named before its particle; the applications an
      // event took; inquiries; the messages an operation sent; accounts a further harm
      // touched; what a folder held, the sentence saying no more.
      {"2.対象となった書類\n 共済契約申込書の控え等\n 対象者:組合員148名(書類は計212枚)\n", 148,
       std::nullopt, std::nullopt},
      {"2 対象となる書類\n 4世帯分の申請書類が所在不明です。なお、当日の出張受付の受理件数は62件"
       "でした。\n",
       std::nullopt, 4, std::nullopt},
      {"特定健康診査を予約された方に、予約日時をお知らせするSMS2,305件を、委託事業者のシステムから"
       "送信しました。一部のSMSが別の方の電話番号に届きました。本件に関する問い合わせが57件ありま"
       "した。\n",
       std::nullopt, std::nullopt, std::nullopt},
      {"Someone used stolen passwords to log in to the online banking accounts of 316 members. We "
       "identified 9 accounts where the attacker attempted a transfer to an outside account.\n",
       316, std::nullopt, std::nullopt},
      {"What Information Was Involved\nThe folder held 1,486 files. Our review found that some "
       "of them contained information about 187 students.\n",
       187, std::nullopt, std::nullopt},
      // dev67/019: a part of the accounts, said of a further harm, is no rival count.
      {"What happened\nSomeone tried to log in to Reel Rewards accounts. Our systems recorded "
       "more than 1.2 million login attempts.\n\nOur investigation found that the third party "
       "successfully logged in to 4,812 member accounts.\n\nWhat information was involved\nIn "
       "the accessed accounts, the third party could see the member's name. In 311 accounts, "
       "points were redeemed for movie vouchers by the third party.\n",
       std::nullopt, std::nullopt, 4812},
      // dev72/002: files said to hold no personal data are not the records.
      {"紛失したUSBメモリには、2年生の生徒158名の氏名と得点が保存されていました。\n"
       "※USBメモリにはこのほか、個人情報を含まない教材ファイル約300件が保存されていました。\n",
       158, std::nullopt, std::nullopt},
      // dev52/016: more letters than the people they are for are the records (and the staff
      // whose papers they were are the people affected); not
      // the letters some of which went wrong (dev45/001), nor a mailing's size beside one
      // person (dev54/014).
      {"A事業所あての封筒に、B事業所の従業員2名分の通知書3通が誤って"
       "同封されていました。\n",
       2, std::nullopt, 3},
      {"負担割合証38,412通を郵送しました。このうち、手作業で封入した16通の中に、別の被保険者の"
       "負担割合証を同封したものがあり、3名分の負担割合証が異なる方に届きました。\n",
       3, std::nullopt, std::nullopt},
      {"弊社が発送いたしました「お知らせ」(今回の発送数は約4万8千通)において、お客さま1名あての"
       "封筒に、別のお客さま1名の「お知らせ」が同封されていたことが判明いたしました。\n",
       1, std::nullopt, std::nullopt},
      // dev72/023: the people some further items belong to, a part of the whole.
      {"Information exposed\n\n| Category | Detail |\n|---|---|\n| Individuals | about 21,700 "
       "individuals |\n| Identity documents | copies of driver licences for about 1,900 "
       "individuals who verified their identity at registration |\n",
       21700, std::nullopt, std::nullopt},
      // dev72/024: a news story's aside on another body's incident.
      {"A former employee of Puget Ridge Medical Center looked at the medical records of 1,310 "
       "patients without a work-related reason, the hospital said.\n\nPuget Ridge is the second "
       "provider to report a breach this year. In February, a clinic in Lakewood said an email "
       "error exposed information on about 300 patients.\n",
       1310, std::nullopt, std::nullopt},
      {"In addition, an unauthorized party viewed the records of 1,200 patients.\n", 1200,
       std::nullopt, std::nullopt},
      // dev74/012: the work's records that an investigation read are no operation.
      {"委託先において、6月分の請求書約12万通を封入する際、一部の封筒に別のお客さまの請求書が重ねて"
       "封入されました。\n "
       "6月12日に判明し、委託先の作業記録及び封入機のログを調査した結果、別のお客"
       "さまに届いた請求書は58通(お客さま41名分)であることを確認いたしました。\n",
       41, std::nullopt, 58},
      // dev74/027, dev74/030: the counts an earlier notice gave, said after or before them.
      {"Update: The number of customer accounts that were accessed without authorization is 2,318 "
       "customer accounts, higher than the approximately 1,900 accounts we reported on October "
       "10.\n",
       std::nullopt, std::nullopt, 2318},
      {"The department has finished its review: 3,380 documents were involved. On September 29 we "
       "reported that about 2,400 documents may have been affected; those figures were "
       "estimates.\n",
       std::nullopt, std::nullopt, 3380},
      // dev75/017, dev74/030: the people this notice's letters are being sent to, under "What
      // You Can Do" or after a bare "is 2,147".
      {"What Happened\nA billing staff member emailed a spreadsheet to the wrong address.\n\nWhat "
       "You Can Do\nReview your statements.\n\nThis letter is being sent to 1,146 patients.\n",
       1146, std::nullopt, std::nullopt},
      {"The number of clients whose documents could be viewed by another client is 2,147. Letters "
       "are being sent to all 2,147 clients this week.\n",
       2147, std::nullopt, std::nullopt},
      // dev77/027: the size of the mailing list an e-mail went to; the table's total row.
      {"An email to a mailing list of about 3,000 students mistakenly included a spreadsheet "
       "attachment.\n\nWho is affected\n  Group                 Number of people\n  "
       "Undergraduate students      412\n  Staff                         15\n  Total          "
       "             427\n",
       427, std::nullopt, std::nullopt},
      // dev77/008: of the 37 files counted before, the 5 an access from outside was recorded
      // for.
      {"当該フォルダには計8,120件のファイルが保存されており、このうち個人情報を含むファイルは37件で"
       "した。\n アクセス記録を確認したところ、個人情報を含むファイルのうち5件について、学外からの"
       "閲覧が記録されていました。\n",
       std::nullopt, std::nullopt, 37},
      // dev77/013: the papers a home visit's preparation used are what was lost, no operation.
      {"1 概要\n 学級担任が、家庭訪問の準備のため、学級の児童32名分の個人票(1綴り)を校内で使用して"
       "いたところ、令和7年11月中旬ごろから所在が分からなくなった。\n",
       32, std::nullopt, std::nullopt},
      // dev75/023: "the 312 candidates" points back to a part of the 4,700.
      {"The folder contained 9,850 files relating to about 4,700 candidates. These included "
       "onboarding forms for 312 candidates who were placed in temporary assignments.\n\nNorthgate "
       "is offering two years of credit monitoring to the 312 candidates whose SIN or banking "
       "information was in the folder.\n",
       4700, std::nullopt, 9850},
      // dev78 … dev80: two groups of people joined by "and", no total; the addresses listed
      // under the leaked data, under no heading of recipients; packages mailed to another
      // customer.
      {"The spreadsheet listed 742 council tenants and 404 leaseholders.\n", std::nullopt,
       std::nullopt, std::nullopt},
      {"■流出した情報\n 送信先87件のメールアドレス\n", std::nullopt, std::nullopt, 87},
      {"As a result, 1,906 renewal packages were mailed to the address of another customer.\n",
       std::nullopt, std::nullopt, 1906},
      // dev81 … dev83: staff whose records were on a stick beside patients, no total of people;
      // the sheets of case records that name their people first; a fax's pages with its cover
      // sheet; a count of look-ups; a title that keeps the first report's count; a first
      // report's count in a letter wrapped at a fixed width (joined by UnwrapEnglishLines).
      {"2.USBメモリに保存されていた個人情報\n (1)入院患者様の看護サマリー 1,842件\n (令和5年4月から"
       "令和7年7月までに退院された患者様1,306名分)\n (2)職員の研修受講記録 64件(職員64名分)\n 合計 "
       "1,906件\n",
       std::nullopt, std::nullopt, 1906},
      {"2 盗難に遭った書類\n ・ケース記録票(受給者17名分) 計23枚\n ・訪問予定表 1枚\n "
       "これらに記載さ"
       "れた受給者17名の個人情報\n",
       17, std::nullopt, std::nullopt},
      {"2 誤送信した書類\n 服薬情報提供書 14枚(患者様14名分)\n ※送信票を含めると計15枚\n", 14,
       std::nullopt, std::nullopt},
      {"閲覧の件数は延べ213件、閲覧された方は142名です。\n", 142, std::nullopt, std::nullopt},
      // dev84/024: fewer accounts than the people whose accounts were entered are some of them.
      {"The attackers signed in to the accounts of more than 700 students. In 14 accounts the "
       "banking information was changed.\n",
       700, std::nullopt, std::nullopt},
      // dev86/001: a revised total, and letters re-checked beside the people they found.
      {"1 第1報からの訂正・追加事項\n (2)対象者数\n 第1報では「2世帯2名」としておりましたが、"
       "再点検の結果、新たに2世帯3名分の誤送付が判明し、合計で4世帯5名となりました。\n\n2 概要\n "
       "約3万2千通を発送しました。このうち、手作業で差し替えを行った116通の中で、別の被保険者の"
       "負担割合証を誤って封入したものがありました。\n\n3 経過\n ○7月22日(火) 手作業分116通の"
       "再点検で、新たに2世帯3名分の誤送付を確認\n",
       5, 4, std::nullopt},
      // A total's households right before its people, over a household named by its member.
      {"対象となった情報\n 甲様世帯2名及び丙様1名(計2世帯3名)分の氏名、住所、生年月日\n", 3, 2,
       std::nullopt},
      // dev85/022: the messages are the people again, counted where they were contacted.
      {"Because of an error, 57 of these messages were sent to old phone numbers.\n\nWhat we are "
       "doing\nWe have corrected the phone numbers and contacted each of the 57 patients.\n",
       57, std::nullopt, std::nullopt},
      // dev59/009: but accounts counted with their people are records.
      {"The spreadsheet listed 1,312 council tax accounts relating to around 1,900 residents.\n",
       1900, std::nullopt, 1312},
      // dev85/009: application forms, two people to a form, are records.
      {"2.対象となる書類及び情報\n 入居申込書等の書類 計82件(申込者及び連帯保証人 計133名分)\n",
       133, std::nullopt, 82},
      // dev84/013: views again.
      {"知人等12名のお客さま情報を閲覧していました。閲覧は延べ41件で、第三者への提供は確認されて"
       "いません。\n",
       12, std::nullopt, std::nullopt},
      {"自動車税種別割納税通知書の誤封入について(約2,400件)\n\n(3)5月16日の第一報では、影響件数を約"
       "2,400件とお知らせしましたが、その後、全データを照合した結果、他の方の納税通知書が同封された"
       "封筒は2,431通であることが確定しました。\n3 "
       "対応\n(1)対象となる2,431通の宛先の方には、お詫びの"
       "文書を送付しました。\n",
       std::nullopt, std::nullopt, 2431},
      // More letters than the people in the bracket after them; a count of downloads; envelopes
      // that each held another's form; a title's round number beside the body's; a sum by chance
      // of a count that is never the number (the staff member who filled the envelopes).
      {"2 紛失した書類及び個人情報\n 固定資産税納税通知書 42通(納税義務者39名分)\n", 39,
       std::nullopt, 42},
      {"閲覧記録を確認したところ、掲載期間中に当該ファイルが17件ダウンロードされていたことを確認\n"
       "\n"
       "2 漏えいした個人情報\n 入所申込み中の児童及びその保護者 198世帯214名\n",
       214, 198, std::nullopt},
      {"About 212,000 Form 1099-G statements were mailed. A programming error in the print file "
       "caused 3,126 envelopes to contain the form of a different claimant.\n",
       std::nullopt, std::nullopt, 3126},
      {"Around 400 rates notices sent to wrong addresses\n\nThe council mailed 71,500 rates "
       "notices. As a result, 412 rates notices were sent to the wrong postal address.\n",
       std::nullopt, std::nullopt, 412},
      {"介護保険負担割合証を郵送する際、別の方の負担割合証を誤って同封し、2世帯3名の方の個人情報が"
       "第三者に渡る事案が発生しました。\n(3)同日午後\n "
       "職員がA様宅を訪問し、B様世帯2名分の負担割合証"
       "を回収しました。\n\n2 第三者に渡った個人情報\n B様世帯2名分及びA様世帯1名分\n\n3 原因\n "
       "封入作業を担当職員1名で行い、照合を行わないまま封緘したため。\n",
       3, 2, std::nullopt},
      {"The memory stick held 14 spreadsheets of clinic lists. When we first reported this "
       "incident to the Information Commissioner's Office on 7 November 2025, we estimated that "
       "around 3,000 patients were involved. Our review has now confirmed that the spreadsheets "
       "contain information about up to 2,915 patients.\n",
       2915, std::nullopt, std::nullopt},
  };
  for (const AffectedCase& c : cases) {
    const std::string_view text = c.text;
    const std::vector<CountMention> counts = FindCounts(text);
    const AffectedPick pick = PickAffected(text, counts, FindSections(text));
    auto value = [&](std::optional<size_t> i) {
      return i ? std::optional<int64_t>(counts[*i].value) : std::nullopt;
    };
    EXPECT_EQ(value(pick.persons), c.persons) << text;
    EXPECT_EQ(value(pick.households), c.households) << text;
    EXPECT_EQ(value(pick.records), c.records) << text;
  }
  // dev78/011: the staff who check the papers, a measure, are never the number.
  const std::string_view staff =
      "◆ 発生日時及び概要\n "
      "令和7年9月12日(金)午後6時頃、担任保育士が、面談用に準備していた園児1名の"
      "「個別支援計画書」(A4判2枚)を、本来お渡しすべき保護者とは別の保護者にお渡ししました。\n\n◆ "
      "再発防止策\n ・お渡しする際は、保育士2名で園児名と書類の記載を確認します。\n";
  const std::vector<CountMention> counts = FindCounts(staff);
  const AffectedPick pick = PickAffected(staff, counts, FindSections(staff));
  EXPECT_TRUE(!pick.persons || counts[*pick.persons].value != 2) << staff;
}

// Each guard PickAffected, PickIncidentDate or FindTitle asks before one of its regexes passes
// every text the regex matches in (random texts of the regexes' words, spaces and the other
// characters (?i) folds to s and k), and each regex matches some of them.
TEST(Fields, GuardsPassWhatTheirRegexesMatch) {
  const char* pieces[] = {
      // the rules' words
      "information of ", "affected ", "about ", "従業員", "職員(", "スタッフ", "all of our ",
      "all ", "first notice", "firſt report", "initially reported", "previously said", "第1報",
      "当初", "figure of ", "eſtimate of ", "notice of June 3, we reported", "has ", "had about ",
      "our database holds ", "its records system keeps ", " was not accessed", "were NOT affected",
      ", has not been exposed", "影響は", "ありません", "ない", " we served",
      " who they have treated", "mailed ", "serves ", "the batch of ", "approximately ",
      ") on our mailing list", "a mailing list of ", "an e-mail list with ", " on the register",
      "’ on its waiting list", " On a contact list", "any message to ", "each family with ", "を",
      "を、", "発送し", "郵送いたし", "送信し", "配信致し", "の", "迷惑メール", "なりすまし",
      "phishing ", "emails", "scam texts", "e-mailſ", "送信した際", "発送する際", "別の",
      "他の方に", "送付", "届", "received ", "Received about ", "mailbox held ",
      "servers contained ", "2 ", "Vermont ", "9 New Hampshire ", "residents", "resident",
      " in total", ", in all", " combined", ", including 20 of our", " of whom 3", " among them",
      " each year", " were affected", ", affecting 3", " company-wide", " across all its customers",
      " were mailed", " were sent, and of these",
      // the rest
      " ", " ", "  ", ",", ".", ";", "。", "、", "\n", "1,234", "名", "ſ", "\u212A", "x", "A", "(",
      ")", "'", "’", "previously disclosed", "prior breach", "ſeparate attack", "unrelated event",
      "過去にも", "別の事案", "前回の事故", "2024年", "[2024/", "電話:", "TEL：", "12 ab", "です。",
      "Share this article", "ſhare this post", "For Immediate Release",
      "press release: ", "May 03, 2024, 16:05 ET", "ſep 3, 2024"};
  const std::vector<const GuardedRe*> guarded = FieldGuardedRes();
  std::vector<int> matched(guarded.size(), 0);
  std::mt19937 rng(29);
  for (int round = 0; round < 100000; ++round) {
    const std::string text = JoinRandomPieces(rng, pieces, 1 + rng() % 8);
    for (size_t i = 0; i < guarded.size(); ++i) {
      if (!RE2::PartialMatch(text, guarded[i]->re)) continue;
      ++matched[i];
      ASSERT_TRUE(guarded[i]->may(text)) << guarded[i]->re.pattern() << "\n" << text;
    }
  }
  for (size_t i = 0; i < guarded.size(); ++i) EXPECT_GT(matched[i], 0) << guarded[i]->re.pattern();
}

TEST(Fields, OnePersonNamed) {
  // dev78/027, dev80/026: one person's papers, said with "involving" or "with".
  for (const char* text :
       {"St. Ambrose Community Hospital is providing notice of a privacy incident involving one "
        "patient's discharge paperwork.\n",
        "We are sharing this notice because we made a mistake with one client's documents.\n"}) {
    const auto at = OnePersonNamed(text, FindCounts(text));
    ASSERT_TRUE(at.has_value()) << text;
    EXPECT_TRUE(
        std::string_view(text).substr(at->first, at->second - at->first).starts_with("one "))
        << text;
  }
  // dev108/023: a letter to the one client whose return was sent.
  {
    const std::string_view text =
        "Your return was the only document attached, and you are the only client affected.\n";
    const auto at = OnePersonNamed(text, FindCounts(text));
    ASSERT_TRUE(at.has_value());
    EXPECT_EQ(text.substr(at->first, at->second - at->first), "you are the only client affected");
  }
  EXPECT_FALSE(OnePersonNamed("We spoke with one patient's family about the visit schedule, and "
                              "then met 12 patients.\n",
                              FindCounts("We spoke with one patient's family about the visit "
                                         "schedule, and then met 12 patients.\n"))
                   .has_value());
}

TEST(Fields, FindTitleSkipsSiteFurniture) {
  // A breadcrumb trail and a navigation row copied with a news page are no title.
  std::optional<Found> t = FindTitle(
      "みなと経済ニュース | トップ > 地域 > 岐阜\nログイン 会員登録 お問い合わせ\n\n"
      "岐阜市、別人の課税証明書を誤交付\n2025年2月13日 配信\n",
      "");
  ASSERT_TRUE(t.has_value());
  EXPECT_EQ(t->value, "岐阜市、別人の課税証明書を誤交付");
  // A wire service's header: the sender's line, the dateline and the share button are no title.
  t = FindTitle(
      "News provided by\nWindy Oak Outfitters\nMay 03, 2024, 16:05 ET\n\nShare this article\n\n"
      "Windy Oak Outfitters Provides Notice of Payment Card Security Incident\n",
      "");
  ASSERT_TRUE(t.has_value());
  EXPECT_EQ(t->value, "Windy Oak Outfitters Provides Notice of Payment Card Security Incident");
}

TEST(Fields, FindTitleBelowAJapaneseReleasesHeading) {
  // dev78/006: the date, 各位 and the company head a release; the title below them runs over
  // two lines.
  std::optional<Found> t = FindTitle(
      "2025年7月4日\n各位\n株式会社HKホールディングス\n\n当社連結子会社が運営する通信販売サイトへの"
      "不正ログインによる\nお客様情報流出の可能性に関するお知らせ\n\n 当社の連結子会社である…が判明"
      "いたしました。\n",
      "");
  ASSERT_TRUE(t.has_value());
  EXPECT_EQ(t->value,
            "当社連結子会社が運営する通信販売サイトへの不正ログインによるお客様情報流出の可能性に関"
            "するお知らせ");
  // A line that does not end as a title is no title, and the body's first sentence ends the
  // search: the first line stays.
  t = FindTitle(
      "さくら市教育委員会\n\n 児童の個人情報が記載された書類を紛失しました。\n1 経緯について\n",
      "");
  ASSERT_TRUE(t.has_value());
  EXPECT_EQ(t->value, "さくら市教育委員会");
}

TEST(Fields, PickAnnouncedDate) {
  const std::pair<const char*, const char*> cases[] = {
      // dev92/007: a PDF's date flush right, over a short line of the wrapped text that dates
      // the attack, and a final report's account of when its 第一報 was published.
      {"                                                         令和8年3月9日\n      "
       "あさひが丘総合病院\n\n"
       "調査結果について(最終報告)\n\n 当院では、令和8年1月11日(日)未明に発生した\n障害について"
       "報告いたします。\n\n1 経過\n 令和8年1月13日 第一報を公表\n",
       "2026-03-09"},
      {"令和8年3月9日\nあさひが丘総合病院\n\n調査結果について(最終報告)\n\n令和8年1月13日 第一報を"
       "公表\n",
       "2026-03-09"},
      // dev92/021: an update e-mail that quotes the first one below it: its own date.
      {"From: Superintendent\nDate: Thu, 20 Aug 2026 16:42:09 -0700\nSubject: Update on the "
       "network incident\n\nDear Families,\n\nI am writing with an update on the network "
       "incident. Our investigation, carried out with outside cybersecurity specialists, has now "
       "confirmed that this was a ransomware attack. The attackers first gained access to our "
       "network on July 28, 2026 using the account of a contractor whose password had been stolen. "
       "On August 1, 2026 they encrypted servers at the district office and copied some files "
       "before doing so. The copied files contained information of current and former students "
       "and current and former employees. For students this includes names, dates of birth, "
       "student ID numbers, grade levels, home addresses and immunization records. For employees "
       "it includes names, addresses and Social Security numbers. We have found no evidence that "
       "bank account information was taken. We are offering credit monitoring to the employees "
       "whose Social Security numbers were involved, and we have written to every family whose "
       "information was in the copied files. We have reset every staff password, turned on "
       "multi-factor authentication for all accounts, and replaced the contractor's remote access "
       "with a managed connection. If you have questions, please call our help line, open on "
       "weekdays from 8 a.m. to 5 p.m.\n\nSincerely,\nThe Superintendent\n\n"
       "-----Original Message-----\nFrom: Superintendent\nSent: Monday, August 3, 2026 9:15 AM\n"
       "Subject: Network outage\n\nSince Saturday, August 1, our district has had an outage.\n",
       "2026-08-20"},
      // An update above the notice it edits: the notice's own, first date (dev24/029).
      {"Online banking security notice\n\nUPDATE - May 16, 2025\nAll affected members have now "
       "received a letter.\n\nORIGINAL NOTICE - May 5, 2025\n\nBetween April 28, 2025 and May "
       "2, 2025, someone signed in to the accounts of 1,203 members.\n",
       "2025-05-05"},
      // A 第2報 that tells when the 第1報 was published (dev74/005).
      {"【第2報】弊社オンラインショップへの不正アクセスに関するお知らせ\n\n2025年4月25日\n株式会社"
       "はるかぜ堂\n\n1.経緯\n 2025年2月19日、カード会社から連絡を受けました。\n "
       "2025年3月14日、第1報"
       "を公表しました。\n",
       "2025-04-25"},
      // A regulator's decision dated by its decision (dev26/018).
      {"BREACH NOTIFICATION DECISION\n\nDate notice received by OIPC: June 9, 2025\nDate of "
       "decision: August 21, 2025\nSummary of decision: there is a real risk of harm.\n",
       "2025-08-21"},
      // A byline.
      {"Security incident\nBy Priya Natarajan, CTO · Aug 9, 2023 · 6 min read\nOn July 27, 2023, "
       "we discovered the attack.\nJuly 11, 2023 – A release introduced a bug.\n",
       "2023-08-09"},
      // A byline with the date first; a labelled issue, post or decision date (dev38-dev43).
      {"Security update: learner profile API issue\nFebruary 10, 2026 · LearnLoop Security Team "
       "· 4 min read\n\nOn February 2, 2026, a researcher reported a bug.\n",
       "2026-02-10"},
      {"Public statement\nDate of issue: 1 December 2025\n\nIn the early hours of Saturday 15 "
       "November 2025, a ransomware attack encrypted a drive.\n",
       "2025-12-01"},
      {"Exemption portal\nPost Date: 02/20/2026 10:15 AM\n\nOn February 2, 2026, an employee "
       "told us documents could be opened.\n",
       "2026-02-20"},
      {"Summary of decision\nDecision date: 30 September 2026\n\n1. On 2 February 2026, the "
       "Commission received a complaint.\n",
       "2026-09-30"},
      // A release date labelled so, an English version of a Japanese release (dev59).
      {"Publication of personal information on the Prefectural website\n\nDate of release: June "
       "24, 2025\nFukuoka Prefecture\n\nOn June 3 (Tue), the Division posted the list.\n",
       "2025-06-24"},
      // A press-release dateline with the date in brackets.
      {"Acme Pediatrics Notifies Patients\n\nCONCORD, N.H. (September 12, 2017) - Acme Pediatrics "
       "announced today that computers were stolen on August 26, 2017.\n",
       "2017-09-12"},
      // "Date of this notice:" labels the notice's own date (dev18/021).
      {"Privacy notice\nDate of this notice: 9 March 2026\n\nOn 24 February 2026 records were "
       "found in a skip bin.\n",
       "2026-03-09"},
      // "For Immediate Release: …" dates the release.
      {"County of Example\nFor Immediate Release: February 3, 2025\nOn January 5, 2025, a "
       "clerk found the error.\n",
       "2025-02-03"},
      // A regulator's form above the letter: its fields are no dateline.
      {"State Attorney General\nBreach Dates: 02/01/2024 - 02/03/2024\nReported On: "
       "03/05/2024\n\nAcme "
       "Dental\n\nMarch 1, 2024\n\nDear Patient,\n",
       "2024-03-01"},
      // A plain-text letter's date set flush right with spaces.
      {"                                                        2025年1月24日\n"
       "お客様各位\n\n2025年1月17日（金）午後8時頃、弊社営業部の従業員が立ち寄った商業施設の駐車場"
       "に"
       "おいて、駐車していた社用車の窓ガラスが割られ、ノートパソコン1台を含む鞄が盗まれました。\n",
       "2025-01-24"},
      // A field's label in brackets is no announcement: the date alone on its line is.
      {"健康診断結果のメール誤送信に関するお詫び\n\n令和7年3月14日\nみずほ台内科クリニック\n\n"
       "【発生日時】令和7年3月10日(月)午後4時頃\n",
       "2025-03-14"},
      // A blog's repost: the notice's own date, below the marker, not the post's.
      {"個人情報漏洩ニュース\n2023.11.09 Thu\n窓口での誤交付について\n（以下、堺市ホームページより"
       "転載）\n令和5年11月8日\n 堺市の窓口において、書類を誤って交付しました。\n",
       "2023-11-08"},
      // dev87/014: a news site's footer forbids reposts; it marks none.
      {"中国新報デジタル | 経済\n\n督促SMS、38人分を別人に\n\n2026年6月18日 18:02\n\n "
       "せとうち銀行は"
       "18日、発表した。\n\n中国新報社 記事の無断転載を禁じます\n",
       "2026-06-18"},
      // An aggregator's quote of a company notice: the notice's own date.
      {"【情報漏えい】A社でPC盗難\n2024/10/23 09:15 | カテゴリ:盗難\nA社は22日発表した。\n"
       "----(以下引用)----\nお詫びとお知らせ\n2024年10月22日\n株式会社A\n",
       "2024-10-22"},
      // A label on the date's own line that names the incident's day; the date above the
      // signature at the foot is the notice's (dev17/010).
      {"FAXの誤送信についてのお詫び\n\n 当院から誤ってFAX送信する事案が発生いたしました。\n\n"
       "【発生日】令和8年8月3日(月)\n\n【概要】\n 短縮ダイヤルの番号を誤って選択しました。\n\n"
       "令和8年8月7日\n\n医療法人社団緑風会\nかすみ内科クリニック\n",
       "2026-08-07"},
      // A news article's dateline with its last update (最終更新) dates it, not the related
      // articles below it (dev67/012).
      {"みどりヶ丘中央病院にサイバー攻撃\n\n2025年11月27日 19:40 (最終更新 11月27日 21:05)\n\n"
       "病院によると、11月24日未明、データが暗号化された。\n\n<関連記事>\n・高岡市、新庁舎の設計"
       "案公表(2025年9月18日)\n",
       "2025-11-27"},
      // A Japanese e-mail's 日付 header dates it (dev70/013).
      {"件名: USBメモリの紛失について\n差出人: ひなたの森保育園 <info@example.jp>\n日付: "
       "2025年10月20日(月) 17:05\n\n10月14日(火)、職員がUSBメモリを持ち出しました。\n",
       "2025-10-20"},
      // dev100/006: a club page's post date, over the sidebar's latest posts; dev80/001: a
      // blog's own post date yields to the city's announcement it reposts.
      {"クラブ\n\n部員名簿の公開設定の誤りについて\n投稿日:2024年6月14日 "
       "カテゴリー:お知らせ\n\n名簿"
       "が閲覧できる状態でした。\n\n最近の投稿\n・6月の練習日程(2024年5月30日)\n",
       "2024-06-14"},
      {"ホーム > 自治体 > 誤送付\n投稿日:2025.11.07 "
       "カテゴリー:自治体・誤送付\n浜松市における通知書の"
       "誤送付について\n令和7年11月6日発表\n\n通知書を誤って別の世帯に送付しました。\n",
       "2025-11-06"},
      // A byline that ends in its date after a dash (dev16/022).
      {"NOTICE OF DATA INCIDENT\n\nFront Range Property Management, Inc. — June 10, 2026\n\n"
       "On March 9, 2026, Front Range noticed unusual activity.\n",
       "2026-06-10"},
      // dev108/011, 013: another post's "posted" date under a "Related" heading; a state form's
      // "Date Consumers Notified".
      {"NOTICE TO PATIENTS\n\nNovember 20, 2024\n\nSome of our text messages went to the wrong "
       "people.\n\nRelated\n  Flu shots now available (October 7, 2024)\n  Holiday hours (posted "
       "December 2, 2024)\n",
       "2024-11-20"},
      {"Date(s) of Breach:   04/14/2025\nDate Breach Discovered:   04/16/2025\nDate Consumers "
       "Notified:   05/09/2025\n",
       "2025-05-09"},
  };
  for (const auto& [text, want] : cases) {
    std::vector<DateMention> dates = FindDates(text);
    std::optional<size_t> i = PickAnnouncedDate(text, dates);
    ASSERT_TRUE(i.has_value()) << text;
    EXPECT_EQ(FormatYmd(dates[*i].year, dates[*i].month, dates[*i].day), want) << text;
  }
}

// A municipal page dates itself at its foot ("更新日：…"), after 3,000 bytes of text.
// An update's date above or below the notice's own: the notice's own, when it stands on an
// announcement line, as the first ("Original release"), above the update, or right under an
// announcement label; not a date alone on a line below the update (a timeline's, maybe).
TEST(Fields, PickAnnouncedDatePrefersTheFirstOverAnUpdate) {
  const struct {
    const char* text;
    const char* want;
  } cases[] = {
      {"お知らせ\n\n最終更新日 2024年11月8日\n\n記者発表資料\n令和6年11月6日\n青葉区地域振興課\n",
       "2024-11-06"},
      {"お知らせ(9月13日追記)\n\n2024年8月20日\n株式会社はなみずきツーリスト\n\n"
       "【2024年9月13日追記】調査結果について\n",
       "2024-08-20"},
      {"BMV Announces Printing Error\n\nUPDATE - September 3, 2024\nThe review is complete.\n\n"
       "Original release - August 16, 2024\nThe BMV learned of an error.\n",
       "2024-08-16"},
      {"Notice\n\nUpdate - 16 September 2024\nOur investigation is complete.\n\n"
       "6 September 2024\nAn unauthorised party accessed our systems.\n",
       "2024-09-16"},
      // dev49/025, dev82/027: an e-mail's "Sent:" header dates it; a forwarded one is dated by
      // the original's.
      {"From: Records Office <records@example.org>\nSent: Friday, 10 October 2025 16:45\nTo: "
       "Parents\nSubject: An e-mail sent in error\n\nDear parents,\n",
       "2025-10-10"},
      {"From: Alan Tsosie\nSent: Monday, March 30, 2026 9:14 AM\nSubject: FW: Notice\n\nDeans,\n"
       "Forwarding the notice.\n\n-----Original Message-----\nFrom: Riverton State University\n"
       "Sent: Friday, March 27, 2026 4:30 PM\nSubject: Notice of Data Security Incident\n",
       "2026-03-27"},
  };
  for (const auto& [text, want] : cases) {
    const std::vector<DateMention> dates = FindDates(text);
    const std::optional<size_t> i = PickAnnouncedDate(text, dates);
    ASSERT_TRUE(i.has_value()) << text;
    EXPECT_EQ(FormatYmd(dates[*i].year, dates[*i].month, dates[*i].day), want) << text;
  }
}

TEST(Fields, PickAnnouncedDateAtTheFoot) {
  std::string text =
      "通知書の誤送付について\n令和6年5月13日（月曜日）　委託事業者が通知書を発送し、同じ封入機で"
      "連続して処理された範囲の事業所あての封筒に他の事業所の通知書が混入しました。\n";
  for (int k = 0; k < 250; ++k) text += "本文です。";
  text += "\nページ番号 1012345　更新日：2024年5月24日\n";
  std::vector<DateMention> dates = FindDates(text);
  std::optional<size_t> i = PickAnnouncedDate(text, dates);
  ASSERT_TRUE(i.has_value());
  EXPECT_EQ(FormatYmd(dates[*i].year, dates[*i].month, dates[*i].day), "2024-05-24");
}

// A date under a heading that names the incident's day is not the notice's; the date
// alone above the signature at the foot is.
TEST(Fields, PickAnnouncedDateUnderEventHeadingAndAboveSignature) {
  const std::string text =
      "診療情報の誤送信に関するお詫び\n\n 当院において誤送信が発生しました。\n\n【発生日】\n"
      " 令和7年3月4日(火)\n\n【内容】\n FAXを誤って送信しました。\n\n令和7年3月10日\n"
      "医療法人社団青葉会\nあおば内科クリニック\n";
  std::vector<DateMention> dates = FindDates(text);
  std::optional<size_t> i = PickAnnouncedDate(text, dates);
  ASSERT_TRUE(i.has_value());
  EXPECT_EQ(FormatYmd(dates[*i].year, dates[*i].month, dates[*i].day), "2025-03-10");
  // A title that says 発生 is no such heading.
  const std::string titled = "盗難事件の発生について\n\n令和二年一月六日\n余市町長\n";
  dates = FindDates(titled);
  i = PickAnnouncedDate(titled, dates);
  ASSERT_TRUE(i.has_value());
  EXPECT_EQ(FormatYmd(dates[*i].year, dates[*i].month, dates[*i].day), "2020-01-06");
}

// The dates listed under a related-articles line are other incidents'.
TEST(Fields, PickIncidentDateSkipsRelatedArticles) {
  const std::string text =
      "お詫び\n2024年10月22日\n2024年10月18日夜、社員のパソコンが盗まれました。\n\n■関連記事\n"
      "・2024/09/30 不動産大手で顧客情報を誤送信\n・2024/09/12 地方銀行でUSBメモリ紛失\n";
  std::vector<DateMention> dates = FindDates(text);
  std::optional<size_t> a = PickAnnouncedDate(text, dates);
  std::optional<size_t> i = PickIncidentDate(text, dates, a, FindSections(text));
  ASSERT_TRUE(i.has_value());
  EXPECT_EQ(FormatYmd(dates[*i].year, dates[*i].month, dates[*i].day), "2024-10-18");
}

// A long period that says whose data it is ("patients seen since 2016") is not
// when the incident happened; a period of intrusion is.
TEST(Fields, PickIncidentDateSkipsLongPeriodsOfPeople) {
  const std::pair<const char*, const char*> cases[] = {
      {"令和6年11月15日\n 令和6年9月29日未明、ランサムウェアに感染しました。\n対象:平成28年4月1日か"
       "ら令和6年9月28日までの間に当院を受診された患者様\n",
       "2024-09-29"},
      {"令和6年11月15日\n 令和6年9月29日、不正アクセスを確認しました。\n不正アクセスは令和4年4月1日"
       "から令和6年9月28日までの間に行われていました。\n",
       "2022-04-01"},
      // A staff member's snooping over a long period is the incident too.
      {"令和7年2月21日\n 被処分者は、令和5年6月12日から令和6年11月28日までの間、業務上の必要が"
       "ないにもかかわらず個人情報を閲覧していました。\n "
       "令和6年12月3日、不審な閲覧が判明しました。\n",
       "2023-06-12"},
      // What the staff or the people did is not the incident either: a personnel
      // action dated with 付け, a period labelled as the people's applications.
      {"令和7年5月30日\n 元従業員は令和6年12月20日付けで当社を退職しています。\n 令和7年4月"
       "14日、取引先からの連絡で持ち出しが判明しました。\n",
       "2025-04-14"},
      {"2025年9月12日\n 9月10日、申込者への案内メールを誤って送信しました。\n 募集期間:8月1日から"
       "8月29日まで\n",
       "2025-09-10"},
      // "the week of" a date is no day the notice states (dev15/019).
      {"April 4, 2025\nDuring the week of March 3, 2025, the server ran slowly. On March 7, 2025, "
       "staff found that files had been encrypted.\n",
       "2025-03-07"},
      // Since when the people were patients, an open period (dev16/011).
      {"令和8年6月5日\n・令和8年5月11日 職員が添付ファイルを開封し、パソコンがウイルスに感染\n"
       "対象:平成25年4月1日以降に当院を受診された患者さん最大約89,000名分\n",
       "2026-05-11"},
      // dev27: a period that says whose data it is, under a data heading; a figure's "as of".
      {"令和7年10月3日\n8月29日から9月4日までの間、データベースに不正アクセスがありました。\n2 "
       "漏えい"
       "のおそれがある情報\n令和4年4月1日から令和7年9月4日までに本市へ寄附をいただいた方の情報\n",
       "2025-08-29"},
      {"令和6年12月2日\n令和6年11月1日、ファイルを掲載しました。\n※名簿の登載者は612名("
       "令和6年10月1日"
       "現在)です。\n",
       "2024-11-01"},
      // dev48: the period in which the papers were taken in, whose data it is.
      {"令和6年7月5日\n 令和6年6月10日(月)、書類保管状況の点検を行ったところ、伝票の所在が不明で"
       "あることが判明しました。\n 令和6年4月1日から4月30日までの間に、鹿嶋中央支店の窓口で受け"
       "付けた入出金伝票 計1,142件\n",
       "2024-06-10"},
      // dev38-dev43: the period of the papers' business, whose data it is; other posts' dates.
      {"令和7年6月4日\n1.紛失した伝票\n 令和7年5月12日から同月16日までに同支店の窓口でお取り扱い"
       "した振込依頼書\n3.判明の経緯\n 令和7年5月26日、伝票がないことに気付きました。\n",
       "2025-05-26"},
      {"November 20, 2025\nPrevious post: Volunteer nominations are open (21 October 2025)\nOn 4 "
       "November 2025 a volunteer's laptop was stolen.\n",
       "2025-11-04"},
      // dev87/014: a news page's related link.
      {"2026年6月18日 18:02\n\n 送信は6月2日から6日にかけて。\n\n【関連】地銀の個人情報漏えい、"
       "昨年度は過去最多(5月30日)\n",
       "2026-06-02"},
      // dev86/017: a breach form's field for an earlier notice.
      {"Date(s) Breach Occured: 09/08/2025\nDate Breach Discovered: 09/15/2025\nDate(s) of "
       "consumer notification: 10/24/2025\nDate(s) of any previous (within 12 months) breach "
       "notifications: 02/11/2025\n\nOctober 24, 2025\n",
       "2025-09-08"},
      // dev44-dev47: the day a page was updated; the day an amount is as at; letters "were
      // posted on" a day is no byline (the date below the title is the notice's).
      {"ランサムウェア被害について(6月20日更新)\n掲載日:令和7年6月4日\n令和7年5月28日、サーバーが"
       "暗号化されていることを確認しました。\n",
       "2025-05-28"},
      {"7 March 2025\nOn 5 March 2025 an email was sent in error. It showed the rent outstanding "
       "at "
       "28 February.\n",
       "2025-03-05"},
      // dev80/022: an English period of more than a year that says whose data it is; an
      // employee's look-ups over such a period are the incident (dev16/027).
      {"October 2, 2025\nOn September 14, 2025, we detected ransomware. The copied files related "
       "to patients seen at our clinics between January 1, 2019 and December 31, 2021.\n",
       "2025-09-14"},
      {"September 1, 2026\nAn audit completed on August 19, 2026 found that, between January 6, "
       "2025 and August 19, 2026, the employee looked up the records of 41 patients.\n",
       "2025-01-06"},
      // dev78 … dev80: the day an event was held, and "the same day" after it; the day a
      // balance is as of.
      {"令和7年10月6日\n "
       "令和7年10月2日(木)、セミナー(9月30日開催)の参加者あてにメールを送信した。同日午前"
       "10時40分、誤りに気付きました。\n",
       "2025-10-02"},
      {"19 March 2025\nOn Friday 7 March 2025 we sent reminder messages. Each held the amount of "
       "rent arrears on their account on 6 March 2025.\n",
       "2025-03-07"},
      {"Rent statements: an apology\n15/04/2026\n\nThis year's statements were posted on "
       "07/04/2026. "
       "In 38 envelopes a second statement had been enclosed by mistake.\n",
       "2026-04-07"},
  };
  for (const auto& [text, want] : cases) {
    std::vector<DateMention> dates = FindDates(text);
    std::optional<size_t> a = PickAnnouncedDate(text, dates);
    ASSERT_TRUE(a.has_value()) << text;
    ResolveDates(&dates, FormatYmd(dates[*a].year, dates[*a].month, dates[*a].day));
    std::optional<size_t> i = PickIncidentDate(text, dates, a, FindSections(text));
    ASSERT_TRUE(i.has_value()) << text;
    EXPECT_EQ(FormatYmd(dates[*i].year, dates[*i].month, dates[*i].day), want) << text;
  }
}

TEST(Fields, PickIncidentDateSkipsWhatWasDoneAfterwards) {
  const std::string text =
      "お詫び\n2022年8月26日\n1 経緯\n2021年3月に退職した元職員が顧客情報を持ち出していた。\n"
      "2 対応\n対象となるお客様には、8月26日から順次お詫びの文書をお送りしております。\n";
  std::vector<DateMention> dates = FindDates(text);
  std::optional<size_t> announced = PickAnnouncedDate(text, dates);
  ASSERT_TRUE(announced.has_value());
  ResolveDates(&dates,
               FormatYmd(dates[*announced].year, dates[*announced].month, dates[*announced].day));
  // 2021年3月 has no day: no date of the incident is stated, and the letters
  // sent from 8月26日 on are the response.
  EXPECT_EQ(PickIncidentDate(text, dates, announced, FindSections(text)), std::nullopt);
  // dev79/029: "the same day" after the notice's own date, in a month with no day.
  const std::string skip =
      "Published 18 September 2025\n\nIn early September, a member of the public told us of "
      "documents in a skip. Staff checked the skip the same day and found boxes of forms.\n";
  dates = FindDates(skip);
  announced = PickAnnouncedDate(skip, dates);
  ASSERT_TRUE(announced.has_value());
  ResolveDates(&dates,
               FormatYmd(dates[*announced].year, dates[*announced].month, dates[*announced].day));
  EXPECT_EQ(PickIncidentDate(skip, dates, announced, FindSections(skip)), std::nullopt);
}

// The day PickIncidentDate picks in `text`, its year resolved against the announced date the
// notice gives; "" if it picks none.
std::string IncidentDayOf(const std::string& text) {
  std::vector<DateMention> dates = FindDates(text);
  const std::optional<size_t> announced = PickAnnouncedDate(text, dates);
  if (announced)
    ResolveDates(&dates,
                 FormatYmd(dates[*announced].year, dates[*announced].month, dates[*announced].day));
  const std::optional<size_t> picked = PickIncidentDate(text, dates, announced, FindSections(text));
  return picked ? FormatYmd(dates[*picked].year, dates[*picked].month, dates[*picked].day) : "";
}

// "balances as of March 31, 2025", "the quarter ending March 31, 2024": the day the data is
// as of, not a day of the incident.
TEST(Fields, PickIncidentDateSkipsWhatTheDataIsAsOf) {
  EXPECT_EQ(
      IncidentDayOf("Notice of a mailing error\nMay 2, 2024\nOf the 61,200 statements for the "
                    "quarter ending March 31, 2024, which were mailed on April 8, 2024, 1,463 "
                    "included an extra page. The page showed account balances as of March "
                    "31, 2024.\n"),
      "2024-04-08");
  // dev92/016: "for visits since October 1, 2025" is the data's period.
  EXPECT_EQ(IncidentDayOf("February 20, 2026\n\nA file-sorting error during the January 26, 2026 "
                          "mailing paired some statements with the wrong address. The statement "
                          "showed the dates of service for visits since October 1, 2025, and the "
                          "balance due.\n"),
            "2026-01-26");
}

// dev91/025: the day a former employee left says who it was, not when the data was taken.
TEST(Fields, PickIncidentDateSkipsTheDaySomeoneLeft) {
  EXPECT_EQ(
      IncidentDayOf("利用者名簿の持ち出しについて\n\n令和7年11月20日\n\n・令和7年9月30日に退職"
                    "した元職員が、在職中の同年9月上旬頃、利用者名簿を私用のUSBメモリに複写"
                    "して持ち出していたものです。\n・同年10月28日、利用者のご家族からの連絡"
                    "により判明しました。\n"),
      "2025-10-28");
}

// dev104/009: a line that opens with うち counts a part of the last count of its unit above,
// though a count of another unit comes between ("6世帯14名 / うち2世帯5名": the households are
// 6). (Its persons, 14, are not found yet: the part's 5名 still stands against them.)
TEST(Fields, PickAffectedPartLineAfterAnotherUnit) {
  const std::string text =
      "職員が住民情報を不正に閲覧していました。\n\n2 閲覧された方\n 6世帯14名\n "
      "うち2世帯5名については、"
      "職員が閲覧した転居先の情報を知人に伝えていました。\n";
  const std::vector<CountMention> counts = FindCounts(text);
  const AffectedPick pick = PickAffected(text, counts, FindSections(text));
  ASSERT_TRUE(pick.households.has_value());
  EXPECT_EQ(counts[*pick.households].value, 6);
}

// dev49/001, dev83/001: under "1世帯4名の方の個人情報が…渡る", a data list's entry that names
// whose items it holds ("児童3名の氏名"), or one household's share ("B様世帯2名分"), is some of
// those people, not all. Not so under a count of another kind: "保護者312名に送信" (dev56/015).
TEST(Fields, PickAffectedDataEntriesThatCountSomeOfThePeople) {
  struct Case {
    const char* text;
    long long persons;
  };
  for (const Case& c : std::vector<Case>{
           {"通知書を誤って封入し、1世帯4名の方の個人情報が他の世帯に渡りました。\n\n"
            "3 漏えいした個人情報\n ・受給者の氏名及び住所\n ・児童3名の氏名及び生年月日\n",
            4},
           {"別の方の負担割合証を誤って同封し、2世帯3名の方の個人情報が第三者に渡る事案が発生しまし"
            "た。"
            "\n職員がA様宅を訪問して謝罪し、誤って同封していたB様世帯2名分の負担割合証を回収しまし"
            "た。"
            "\n\n2 漏えいした個人情報\n B様世帯2名分及びA様世帯1名分(A様世帯の負担割合証がB様あての"
            "封筒に入っていたもの)\n ・氏名、住所\n",
            3},
           {"案内SMSを対象児の保護者312名に送信しました。9名のお子様の案内が別の保護者に送信されて"
            "いました。\n\n2 送信された情報\n お子様9名の氏名、生年月日\n",
            9},
       }) {
    const std::string text = c.text;
    const std::vector<CountMention> counts = FindCounts(text);
    const AffectedPick pick = PickAffected(text, counts, FindSections(text));
    ASSERT_TRUE(pick.persons.has_value()) << c.text;
    EXPECT_EQ(counts[*pick.persons].value, c.persons) << c.text;
  }
}

// dev98: the background of an incident is dated too (a system went live, a site opened, a
// service has run since, a contract, a person joined, how far back the mail goes); the
// incident's own day is later. A date whose clause tells an event first keeps it.
TEST(Fields, PickIncidentDateSkipsTheBackground) {
  struct Case {
    const char* text;
    const char* expected;
  };
  const Case cases[] = {
      {"電子カルテ障害について(第3報)\n\n2025年8月29日\n\n当院では、2016年10月1日に現行の電子"
       "カルテシステムを稼働させ、診療記録を管理してまいりました。調査により、攻撃者は2025年6月27日"
       "に院内ネットワークに侵入したことが判明しました。\n",
       "2025-06-27"},
      {"お知らせ\n\n2025年6月13日\n\n本件サイトは、2019年4月1日に開設しました。第三者が2024年9月"
       "27日に管理画面へ不正にログインしていました。\n",
       "2024-09-27"},
      {"お詫び\n\n令和6年2月1日\n\n当会は令和5年4月1日から、市内でフードパントリー事業を行って"
       "います。令和6年1月16日、名簿を紛失しました。\n",
       "2024-01-16"},
      {"お詫び\n\n2025年3月1日\n\n当組合の元職員(2019年4月1日入組)が、2024年12月10日に名簿を"
       "持ち出しました。\n",
       "2024-12-10"},
      {"お詫び\n\n2025年6月1日\n\n当社は、2024年12月2日に委託先と業務委託契約を締結し、2025年4月"
       "1日を始期とする更新契約の案内を委託先から発送しました。2025年5月16日、誤送付が判明しまし"
       "た。\n",
       "2025-05-16"},
      {"Notice\n\nJanuary 30, 2025\n\nThe mailbox held messages going back to March 1, 2018, when "
       "the employee joined. On December 30, 2024, an unknown person signed in to it.\n",
       "2024-12-30"},
      {"Notice\n\nMarch 3, 2025\n\nThe employee, who had worked for Saint Alder since May 13, "
       "2019, viewed patient records on January 21, 2025.\n",
       "2025-01-21"},
      // dev99/025: a clinic's move; dev100/016, 001: a blog's recent and previous posts.
      {"Notice\n\nPublished 20 May 2025\n\nHarbourside Physio moved to its new rooms on 2 May "
       "2025. "
       "On Friday 9 May 2025, a contractor put the boxes in a skip bin.\n",
       "2025-05-09"},
      {"An apology about our March newsletter\nPosted March 14, 2025\n\nOn Tuesday, March 11, "
       "2025, our office sent our newsletter by email.\n\nRecent posts: Spring cleaning tips "
       "(March "
       "3, 2025) · We're welcoming new patients (February 12, 2025)\n",
       "2025-03-11"},
      {"お知らせ\n\n2025年10月14日\n\n10月6日(月)、検診のお知らせを誤って送付しました。\n\n≪ "
       "前の記事:"
       "10月の休診日のお知らせ(2025年9月30日)\n",
       "2025-10-06"},
      // dev108/003, dev107/006, dev22/010: a page's lists of its other posts ("Other News in
      // …", "関連するお知らせ"), up to a blank line or to the page's own date label.
      {"Mailing error on tax notices\nPosted on: August 14, 2025\n\nOn Thursday, Aug. 7, the "
       "office mailed 9,600 notices; 312 held a second owner's notice.\n\nOther News in "
       "Treasurer\n  Summer tax bills due Sept. 2     Posted on: July 22, 2025\n",
       "2025-08-07"},
      {"お詫び\n\n2025年11月14日\n\n10月27日(月)、攻撃者が侵入した。\n\n関連するお知らせ\n "
       "2025年10月1日 インフルエンザワクチン接種の予約開始について\n",
       "2025-10-27"},
      {"お知らせ\n11月13日、書類が一般ごみに混入していたことが判明しました。\n関連情報\n"
       "令和8年度 町県民税の納期限について(第3期 10月31日)\n更新日:2026年11月20日\n",
       "2026-11-13"},
      // dev107/029: since when the data people sent was kept is no day of the incident.
      {"お詫び\n\n令和6年3月28日\n\n2月27日(火)、不正アクセスを受けました。\n令和5年4月1日以降に"
       "お問い合わせフォームから送信された内容\n",
       "2024-02-27"},
      // (An hour dates an event, whatever the clause says after it.)
      {"お詫び\n\n令和七年十一月四日\n\n令和七年十月三十日(木)午後三時頃、職員が、町が実施している"
       "事業の参加者にメールを送りました。翌日、誤送信が判明しました。\n",
       "2025-10-30"},
  };
  for (const Case& c : cases) EXPECT_EQ(IncidentDayOf(c.text), c.expected) << c.text;
}

// dev80 … dev83: the day a software update caused a mailing error is its cause, not the day
// the letters went out; telling the people is a response; the notice's date written again
// (and a same day after it) dates nothing.
TEST(Fields, PickIncidentDateSkipsCausesResponsesAndTheNoticesDate) {
  struct Case {
    const char* text;
    const char* expected;  // nullptr: no incident date
  };
  const Case cases[] = {
      {"Notice of a billing error\nJuly 9, 2025\nOn June 17, 2025, Lettermark mailed approximately "
       "58,200 statements. On June 20, 2025, a patient called us. Lettermark found that a "
       "software update to its inserting equipment on June 16 caused some envelopes to receive "
       "two statements instead of one.\n",
       "2025-06-17"},
      // (With no mailing after it, the update's day is the incident's.)
      {"Notice of an exposure\nJuly 9, 2025\nA software update on June 16, 2025 caused the portal "
       "to show other members' claims. A member told us on June 20, 2025.\n",
       "2025-06-16"},
      {"Notice of Privacy Incident\n\nDecember 1, 2025\n\nWhat Happened\nIn early October 2025, "
       "our Privacy Office identified unusual access by an employee. On December 1, 2025, we "
       "began mailing letters to these patients.\n",
       nullptr},
      {"住民票の写しの誤交付について\n\n2026年3月13日\n\n広報資料\n令和8年3月13日\n京都市左京区役所"
       "\n"
       "\n 本年3月上旬、窓口において住民票の写しを誤って交付しました。\n "
       "その翌日、誤交付が判明しまし"
       "た。\n 同日中に職員が訪問し、回収しました。\n",
       nullptr},
  };
  for (const Case& c : cases) {
    const std::string_view text = c.text;
    std::vector<DateMention> dates = FindDates(text);
    const std::optional<size_t> announced = PickAnnouncedDate(text, dates);
    ASSERT_TRUE(announced.has_value()) << text;
    ResolveDates(&dates,
                 FormatYmd(dates[*announced].year, dates[*announced].month, dates[*announced].day));
    const std::optional<size_t> picked =
        PickIncidentDate(text, dates, announced, FindSections(text));
    if (c.expected == nullptr) {
      EXPECT_EQ(picked, std::nullopt) << text;
    } else {
      ASSERT_TRUE(picked.has_value()) << text;
      EXPECT_EQ(FormatYmd(dates[*picked].year, dates[*picked].month, dates[*picked].day),
                c.expected)
          << text;
    }
  }
}

TEST(Fields, FindOrganization) {
  const std::tuple<const char*, const char*, record::Language, const char*> cases[] = {
      // A legal form for non-profits, with a space before the name.
      {"お詫びと注意喚起\n\n特定非営利活動法人 さつま子ども支援ネット(鹿児島市)\n\n 本会の職員が"
       "使用するパソコンがマルウェアに感染しました。\n",
       "お詫びと注意喚起", record::Language::kJa, "特定非営利活動法人 さつま子ども支援ネット"},
      // The municipality the notice writes before the office.
      {"堺市北区役所地域福祉課におけるファクシミリの誤送信について\n 北区役所地域福祉課において、"
       "書類を誤って送信した事案が発生しました。\n",
       "堺市北区役所地域福祉課におけるファクシミリの誤送信について", record::Language::kJa,
       "堺市北区役所"},
      // An issuing office with several levels of departments on its own line.
      {"記者発表資料\n令和6年(2024年)5月10日\n船橋市 健康福祉局 福祉サービス部 介護保険課\n\n"
       "負担割合証の誤送付について\n このたび、介護保険課において、誤送付が発生しました。\n",
       "負担割合証の誤送付について", record::Language::kJa, "船橋市"},
      // A school of the city named in full, its kana holding particles (の, と).
      {"市立保育所における名簿の紛失について\n令和6年5月2日\n高松市 こども未来局\n\n 高松市立"
       "さくらのもと保育所(北区)において、名簿を紛失しました。\n",
       "市立保育所における名簿の紛失について", record::Language::kJa, "高松市立さくらのもと保育所"},
      // A city's nameless school is no one in particular: the issuing board answers.
      {"記者発表資料\n令和6年7月1日\n高松市教育委員会\n\n 高松市立中学校において、成績表を誤送信"
       "しました。\n",
       "", record::Language::kJa, "高松市教育委員会"},
      // A city with a one-character name and its departments on the issuer's line.
      {"報道提供資料\n令和6年6月14日\n津市 健康福祉部 保険医療助成課\n\n通知の誤送付について\n"
       " 本市が業務を委託している事業者において、通知が誤って送付されました。\n",
       "", record::Language::kJa, "津市"},
      // Departments written without spaces after the prefecture.
      {"令和6年2月22日\n岡山県産業労働部産業振興課\n\n申請書類の閲覧可能状態について\n 県が委託し"
       "ている事業の事務局において、設定に誤りがありました。\n",
       "", record::Language::kJa, "岡山県"},
      // A prefecture's police issues in its own name.
      {"静岡県警察\n\n書類の紛失について\n令和7年3月14日\n静岡県警察本部 警務部 監察官室\n\n 巡査"
       "が書類を電車内に置き忘れました。同署では鉄道会社に照会しました。\n",
       "", record::Language::kJa, "静岡県警察"},
      // The vendor an organisation entrusted with the work is not who answers for it.
      {"2024年6月28日\n受給者の皆様へ\n中部精密機械企業年金基金\n\n通知書の誤送付について\n 当基金"
       "が発送業務を委託している株式会社東邦データプリント(本社:埼玉県川口市)において、通知書の"
       "一部が誤って送付されました。\n",
       "通知書の誤送付について", record::Language::kJa, "中部精密機械企業年金基金"},
      // A facility its head signs for, not the corporation that runs it.
      {"個人情報を含む書類の紛失について\n\n令和7年4月3日\nグループホーム こもれびの家\n"
       "施設長 佐藤 花子\n\n 当ホームにおいて書類を紛失しました。\n\n社会福祉法人 みどり会\n",
       "", record::Language::kJa, "グループホーム こもれびの家"},
      {"答案の紛失について\n 本校教員が答案を紛失しました。\n\n令和7年2月1日\n学校法人 北斗学院\n"
       "北斗学院中学校 校長 高橋 一郎\n",
       "", record::Language::kJa, "北斗学院中学校"},
      // A medical practice named by its speciality.
      {"Dear Patient,\n\nOn November 14, 2024, a laptop belonging to a physician at Lakeview "
       "Family Medicine was stolen.\n\nSincerely,\nKaren Doyle\nLakeview Family Medicine\n",
       "", record::Language::kEn, "Lakeview Family Medicine"},
      // The masthead the notice names again.
      {"Riverside Vale Homes\nHome | News | Contact us\n\nData incident: email sent in error\n\nA "
       "member of our team sent an email to the wrong person.\n\nRiverside Vale Homes is a "
       "registered provider of social housing.\n",
       "Data incident: email sent in error", record::Language::kEn, "Riverside Vale Homes"},
      // The sender at the end of an English title.
      {"A note to our clients from Bellweather Tax Services\n\nApril 2, 2024\n\nOn March 26, 2024, "
       "Bellweather Tax Services handed a client a folder.\n",
       "A note to our clients from Bellweather Tax Services", record::Language::kEn,
       "Bellweather Tax Services"},
  };
  for (const auto& [text, title, lang, want] : cases) {
    std::optional<Found> f = FindOrganization(text, title, lang);
    ASSERT_TRUE(f.has_value()) << text;
    EXPECT_NE(f->value.find(want), std::string::npos) << f->value;
  }
}

// A US organisation's state is not that of the regulator written to or of the
// residents counted; "located at" gives the organisation's own address.
TEST(Fields, UsRegionIsTheOrganisations) {
  const std::pair<const char*, const char*> cases[] = {
      {"Office of the Maine Attorney General\nEntity Name: Harborlight Benefits LLC\nState, or "
       "Country if outside the US: Massachusetts\nTotal number of Maine residents affected: 37\n",
       "Massachusetts"},
      {"Sierra Crest Health Plan\nThe error affected 8,761 members, including 412 California "
       "residents.\nState Members\nNevada 8,216\nCalifornia 412\n",
       "Nevada"},
      {"Philadelphia, PA 19103\nOffice of the Vermont Attorney General\nWe represent Pecan Grove "
       "Tax, located at 2200 Ross Avenue, Suite 1100, Dallas, Texas 75201, and write to notify "
       "your office.\n",
       "Texas"},
      // dev80/029: a law firm's client "with offices at" its address.
      {"Harlan Whitcomb LLP\nChicago, Illinois 60606\n\nDear Attorney General:\n\nWe represent "
       "Brightwater Dental Group, PLLC, a dental practice\nwith offices at 8825 North Cedar Bluff "
       "Road, Spokane, Washington 99202, and\nwrite to notify your office.\n",
       "Washington"},
      {"LTRS is headquartered at 2815 West Washington Street, Springfield, Illinois 62702.\n",
       "Illinois"},
  };
  for (const auto& [text, want] : cases) {
    record::Incident r;
    r.language = record::Language::kEn;
    FillOrganization(text, "Notice", "", &r);
    EXPECT_EQ(r.organization.region.value_or(""), want) << text;
  }
  // A title that is the regulator's site.
  record::Incident r;
  r.language = record::Language::kEn;
  FillOrganization("Maine.gov | Agencies\nState: Massachusetts\n", "Maine.gov | Agencies", "", &r);
  EXPECT_EQ(r.organization.region.value_or(""), "Massachusetts");
}

// A Japanese organisation's prefecture from its postal address, not from a
// vendor's head office named earlier in the text.
TEST(Fields, JpRegionFromPostalAddress) {
  const char* text =
      "中部精密機械企業年金基金\n "
      "当基金が業務を委託している株式会社東邦データプリント(本社:埼玉県川"
      "口市)において、通知書が誤って送付されました。\n問い合わせ先\n〒460-0000 "
      "愛知県名古屋市中区栄0丁目0番0号\n";
  record::Incident r;
  r.language = record::Language::kJa;
  FillOrganization(text, "通知書の誤送付について", "", &r);
  EXPECT_EQ(r.organization.region.value_or(""), "愛知県");
  // dev79/020: the head office written right after the organisation's name, over the
  // postal address of the group that publishes.
  const char* group =
      "2026年6月19日\nあけぼのホールディングス株式会社\n\n "
      "当社の連結子会社であるあけぼのモータース株式"
      "会社(本社:香川県高松市、以下「あけぼのモータース」)"
      "の店舗において、書類を不適切に廃棄しました。\n"
      "〒530-0000 大阪市北区○○1-2-3\n";
  record::Incident g;
  g.language = record::Language::kJa;
  FillOrganization(group, "当社連結子会社における書類の不適切な廃棄について", "", &g);
  EXPECT_EQ(g.organization.name.value_or(""), "あけぼのモータース株式会社");
  EXPECT_EQ(g.organization.region.value_or(""), "香川県");
}

// A city or prefecture that writes only 本市 / 県 and its departments: the place
// of that kind its URL or postal address gives, not a prefecture's police or a
// prefecture in its address.
TEST(Fields, JpSelfReferenceNamesThePlace) {
  const std::tuple<const char*, const char*, const char*> cases[] = {
      {"本市の職員が、市民の皆様の情報を含む書類を紛失しました。静岡県警察に届け出ました。\n"
       "総務部 総務課\n",
       "https://www.city.hamamatsu.shizuoka.jp/soumu/0601.html", "浜松市"},
      {"当市が送付した通知に誤りがありました。\n市民課 電話 000-000-0000\n"
       "〒980-8671 宮城県仙台市青葉区国分町三丁目7番1号\n",
       "", "仙台市"},
      {"県ホームページに掲載した名簿に個人情報が含まれていました。\n福祉部 障害福祉課\n",
       "https://www.pref.gifu.lg.jp/page/1.html", "岐阜県"},
  };
  for (const auto& [text, url, want] : cases) {
    record::Incident r;
    r.language = record::Language::kJa;
    FillOrganization(text, "お知らせ", url, &r);
    EXPECT_EQ(r.organization.name.value_or(""), want) << text;
  }
}

// A municipality's or prefecture's own department is that municipality or prefecture; a
// body that acts in its own name (水道局) stays.
TEST(Fields, JpDepartmentIsItsMunicipality) {
  const std::tuple<const char*, const char*, const char*> cases[] = {
      {"介護保険負担割合証の誤配達について\n令和7年10月9日\n札幌市保健福祉局高齢保健福祉部介護保険"
       "課"
       "\n\n札幌市が発送した負担割合証が別の方に届きました。\n",
       "", "札幌市"},
      {"ファクス誤送信について\n発表日:2025年11月7日\n健康福祉局 障害福祉部 障害支援課\n\n"
       "障害支援課において誤送信がありました。\n〒590-0078 堺市堺区南瓦町3番1号\n",
       "", "堺市"},
      {"検針票の誤送付について\n仙台市水道局 営業部お客さまサービス課\n\n検針票を誤って送付しまし"
       "た。\n",
       "", "仙台市水道局"},
      // A bureau of Tokyo on its bureau's own host (dev58).
      {"令和8年3月6日\n福祉局\n資料の掲載について\n 福祉局がホームページに掲載した資料に個人情報が"
       "含まれていました。\n",
       "https://www.fukushi.metro.tokyo.lg.jp/documents/r8/a.pdf", "東京都"},
  };
  for (const auto& [text, url, want] : cases) {
    record::Incident r;
    r.language = record::Language::kJa;
    FillOrganization(text, "お知らせ", url, &r);
    EXPECT_EQ(r.organization.name.value_or(""), want) << text;
  }
}

TEST(Fields, TitleVerbIsCapitalised) {
  // "statement" in a sentence-case title is a noun, not "X Statement on …".
  const std::tuple<const char*, const char*> cases[] = {
      {"Personal data breach: letter sent with another customer's statement",
       "Riverside Borough Council"},
      {"Acme Dental Notifies Patients of Data Incident", "Acme Dental"},
      {"ACME DENTAL NOTIFIES PATIENTS OF DATA INCIDENT", "ACME DENTAL"},
  };
  for (const auto& [title, want] : cases) {
    const std::string text = std::string(title) + "\n\nPublished 6 November 2023\n\n" + want +
                             "\n\nWe wrote to the people affected.\n";
    std::optional<Found> f = FindOrganization(text, title, record::Language::kEn);
    ASSERT_TRUE(f.has_value()) << title;
    EXPECT_EQ(f->value, want) << title;
  }
}

}  // namespace
}  // namespace leakwatch::text
