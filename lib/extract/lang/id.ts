import { ID_COMMON } from "../lexicons/index.ts";
import { passiveVerbs, reportingVerbs } from "./affix.ts";
import type { LanguagePack } from "./pack.ts";

const list = (s: string) => s.trim().split(/\s+/);
const w = (s: string): ReadonlySet<string> => new Set(list(s));

/** Short reporting verbs that follow a quote; each also has a -nya form pointing back. */
const AFTER = list(`kata ujar tutur ucap ungkap papar jelas tegas terang tambah lanjut imbuh sebut beber
  seru kilah aku pungkas tukas timpal kenang urai tulis bilang sambung katakan`);

/** -kan verbs of reporting roots that mostly do something else: mengucapkan terima kasih, selamat. */
const NOT_REPORTING = new Set(["mengucapkan", "mengakukan", "membilangkan", "mengenangkan", "menyambungkan"]);

/**
 * Indonesian: reporting verbs from a hand-annotated Kompas corpus (kata 1414, ujar 568,
 * tutur 148 … after a quote; mengatakan, menurut … before a clause).
 */
export const id: LanguagePack = {
  lang: "id",
  commonWords: ID_COMMON,
  stopwords: w(`yang dan di itu dengan untuk tidak ini dari dalam akan pada juga ke karena adalah
    bahwa mengatakan kata ada sudah telah oleh atau saat tersebut mereka kami kita dia ia`),
  cues: {
    before: list(`mengatakan menyatakan menambahkan menjelaskan menuturkan menegaskan mengungkapkan
      menyebutkan menyebut mengumumkan membantah mengklaim mengakui memaparkan menerangkan
      mengingatkan memperingatkan menyampaikan melaporkan mengaku menilai mengimbau mendesak
      mengemukakan mengungkap membeberkan menandaskan mengutarakan menekankan menginformasikan
      memastikan menyangkal berkata bercerita berpendapat berujar menyatakan menuding menuduh
      mempertanyakan mengeluhkan mengkritik mengatakannya menimpali mengakui menjabarkan menceritakan`).concat(reportingVerbs(AFTER).filter((v) => !NOT_REPORTING.has(v))),
    beforeWeak: list(`berharap menduga mengharapkan meyakini yakin memperkirakan menganggap menggambarkan
      menyebutkannya mengira percaya khawatir menyadari meminta memprediksi mencatat mendorong melihat
      memandang mengapresiasi menyoroti menyayangkan`),
    intent: list(`berjanji bersumpah berencana bertekad berniat`),
    after: AFTER,
    afterPronoun: [...AFTER.map((v) => `${v}nya`), "harapannya", "menurutnya", "katanya"],
    according: list(`menurut`),
    participle: list(`seraya sembari sambil`),
    passive: passiveVerbs([...AFTER, "sampai", "kemuka", "nyata"]),
  },
  sayVerbs: w(`mengatakan menyatakan menambahkan menjelaskan menuturkan menegaskan mengungkapkan
    menyebutkan berkata menerangkan memaparkan mengemukakan menandaskan mengutarakan berpendapat
    menilai mengaku berujar`),
  hearerVerbs: w(`memberitahu memberitahukan meyakinkan mengingatkan memperingatkan meminta mendesak
    mengimbau menjanjikan menginformasikan`),
  coordinators: w(`dan serta lalu kemudian namun tapi tetapi sambil seraya`),
  clauseJoiners: w(`dan serta`),
  infinitiveMarkers: w(`untuk`),
  relatives: w(`yang`),
  orgNouns: w(`perusahaan maskapai lembaga kementerian pemerintah kepolisian`),
  hearers: w(`wartawan awak media pers`),
  passiveAgentMarkers: w(`oleh`),
  tailWords: w(`lagi pula kemarin seperti saat ketika`),
  notVerbs: w(`dia dari diri dirinya dinas dengan demi tersebut terhadap terkait bersama berbagai beberapa
    melalui menuju menurut menjelang mengenai kedua keduanya terutama termasuk besar benar berat beserta`),
  clauseWindow: 10,
  finiteVerb: { shape: /^(me|mem|men|meng|meny|ber|di|ter)[a-z]{3,}/, first: true },
  prepositionOpensObject: false,
  commaAfterHearerOpensClause: true,
  complementizers: w(`bahwa agar supaya untuk kalau jika`),
  adverbs: w(`juga pun hanya sempat telah sudah kembali lalu kemudian lantas pernah sendiri
    bahkan langsung secara terpisah mengaku turut tetap masih sebelumnya akhirnya justru lagi`),
  negations: w(`tidak tak belum bukan enggan menolak`),
  pronouns: { dia: "person", ia: "person", beliau: "person", mereka: "group", pihaknya: "group" },
  pronounGender: {},
  firstPerson: w(`saya aku kami kita gue gua`),
  sentenceStarters: w(`sementara namun kemudian selain menurut pada di dalam saat ketika bahkan sedangkan
    adapun sebelumnya selanjutnya akibatnya meski meskipun walau walaupun karena sebab jika kalau
    apabila setelah sesudah sebelum usai seusai sejak hingga untuk bagi tapi tetapi dan atau oleh
    dengan tak tidak ini itu hal kini saat sekarang lalu lantas maka jadi secara pihak para sang
    kendati demikian terkait soal mengenai atas dari ke sebagai seperti yang bila agar supaya
    baik sebanyak sekitar hari`),
  determiners: w(`sang si para`),
  demonstratives: w(`ini itu tersebut`),
  anonymousSources: w(`saksi warga pejabat petugas sumber polisi aparat pihak pengamat pakar ahli
    analis warganet netizen penduduk masyarakat seseorang beberapa sejumlah banyak orang korban
    keluarga kerabat tetangga rekan teman pengunjung penumpang pengemudi karyawan pegawai buruh
    mahasiswa siswa pelajar aktivis demonstran pendemo massa pengungsi penumpang jemaah suporter
    penonton pendukung relawan`),
  quantifiers: w(`keduanya ketiganya masing-masing semuanya sebagian kebanyakan`),
  personNouns: w(`pria wanita perempuan lelaki laki-laki pemuda pemudi bocah remaja ibu bapak sosok
    tokoh politikus politisi pengusaha jenderal mantan kakek nenek`),
  prepositions: w(`asal di ke dari kepada pada dalam untuk dengan oleh bagi tentang terhadap sejak seperti
    saat ketika usai setelah sebelum kemarin`),
  clauseMarkers: w(`akan telah sudah sedang masih harus dapat bisa tidak tak belum adalah merupakan
    ada perlu mesti boleh mau ingin pernah bakal tengah hanya sangat menjadi yakni jadi naik turun
    tiba datang pergi pulang masuk keluar tewas mati hilang tumbuh jatuh lahir tinggal hidup kalah
    menang lolos gagal mulai selesai habis cukup tetap mencapai sebesar sebanyak`),
  modals: w(`akan harus bisa dapat perlu mungkin kemungkinan sebaiknya seharusnya semestinya ingin
    berharap diharapkan hendaknya mudah-mudahan semoga bakal mesti wajib boleh diperkirakan
    diprediksi berencana rencananya penting menekankan tren`),
  eventWords: w(`ditangkap menangkap ditahan dibunuh membunuh diserang menyerang meledak ledakan
    kecelakaan terguling tenggelam terbakar kebakaran gempa banjir longsor divonis dihukum
    dipenjara didakwa ditetapkan tersangka dilantik ditunjuk menunjuk mengundurkan terpilih memenangkan
    menang kalah mengalahkan dikalahkan membeli menjual menandatangani diluncurkan meluncurkan
    dideportasi dijemput dibawa diperiksa mendarat tiba berangkat bertolak mengunjungi
    mengirim dikirim menyerahkan diserahkan mengumumkan diumumkan disetujui menyetujui
    ditolak menolak digelar menggelar dibuka membuka ditutup menutup diluncurkan`),
  casualtyWords: w(`tewas meninggal korban luka-luka terluka menewaskan cedera hilang mengungsi
    pengungsi jiwa jenazah mayat dievakuasi`),
  superlatives: w(`pertama terbesar terbanyak tertinggi terendah terkecil terlama tercepat terbaru
    terakhir rekor satu-satunya termahal termurah terparah terburuk`),
  dayNames: w(`senin selasa rabu kamis jumat sabtu minggu kemarin kemarin lusa`),
  monthNames: w(`januari februari maret april mei juni juli agustus september oktober november
    desember`),
  numberWords: w(`satu dua tiga empat lima enam tujuh delapan sembilan sepuluh sebelas belas puluh
    puluhan ratus ratusan ribu ribuan juta jutaan miliar triliun setengah separuh seratus seribu
    sejuta persen rp rupiah dolar`),
  titleIntroducers: w(`berjudul bertajuk bernama dijuluki julukan disebut istilah slogan tema tagar
    bertema kata-kata`),
  pastMarkers: w(`telah sudah pernah sempat usai`),
  gerundShape: /^$/,
  pluralNoun: /^$/,
  verbShape: /^(di|ter|me|mem|men|meng|meny|ber)[a-z]{3,}(kan|i)?$/,
  commonNounShape: /^(pe|per|pen|pem|peng|ke)\p{L}{3,}an$|^\p{L}{3,}nya$|-/u,
  noiseLines: [
    /^baca( juga)?\b/i,
    /^(lihat|simak|tonton) (juga|video)\b/i,
    /^(berita|artikel) terkait\b/i,
    /^(penulis|editor|reporter|pewarta|foto|fotografer|sumber|kontributor|penyunting)\s*:/i,
    /^(advertisement|iklan|scroll to continue)/i,
    /^\(?[a-z]{2,4}(\/[a-z]{2,4})+\)?$/i,
  ],
};
