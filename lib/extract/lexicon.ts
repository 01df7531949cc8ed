/**
 * Words that stand in a name chain without being part of a person's name: titles and
 * ranks, honorifics, organisation heads, portfolios, and places. Shared by both language
 * packs because Indonesian articles quote foreign officials and vice versa. All lower case.
 */
const words = (s: string) => s.trim().split(/\s+/);

export const TITLE_WORDS = new Set(words(`
  presiden wapres wakil menteri menko sekretaris sekjen jenderal direktur dirut ketua kepala
  gubernur wagub bupati wabup walikota wali kota camat lurah duta besar dubes konsul juru bicara jubir
  kapolri kapolda kapolres kapolsek kabareskrim kadiv kabid kasat kasubdit wakapolri kapuspen panglima
  irjen brigjen kombes akbp akp iptu ipda aiptu bripka jenderal letjen mayjen marsekal laksamana
  kolonel letkol mayor kapten letnan sersan kopral komjen ajun komisaris inspektur
  perdana kanselir raja ratu pangeran putri sultan paus uskup imam ustaz ustad kyai kiai habib
  anggota pimpinan komisaris pengacara kuasa hukum advokat jaksa hakim penyidik penyelidik
  pelatih kapten manajer asisten pemain striker kiper bek gelandang penyerang bintang marquee
  profesor guru dosen rektor dekan dokter peneliti pengamat analis ekonom ilmuwan
  ceo cfo coo cto founder pendiri chairman chairwoman chairperson president vice deputy minister
  secretary general director chief head governor mayor senator congressman congresswoman
  representative ambassador envoy consul spokesman spokeswoman spokesperson commissioner
  prime chancellor king queen prince princess pope bishop archbishop cardinal rabbi sheikh
  judge justice attorney prosecutor lawyer counsel officer detective sergeant inspector superintendent
  councilor councillor councilman councilwoman alderman alderwoman assemblyman assemblywoman
  legislator delegate trustee sheriff commissioner
  reporter correspondent columnist commentator wartawan koresponden
  captain lieutenant colonel major commander admiral marshal brigadier corporal private
  coach manager striker goalkeeper midfielder defender professor doctor analyst economist
  scientist researcher leader chair treasurer auditor executive senior junior former mantan
  then-prime then-president acting interim shadow assistant associate staff
  humas divre divisi bagian biro
`));

/** Honorifics dropped from a name: "Mr. Bao" is Bao, "Pak Jokowi" is Jokowi. */
export const HONORIFICS = new Set(words(`
  mr mrs ms miss dr prof sir dame lord lady rev hon drs ir hj h pak bu bapak ibu saudara saudari
  tuan nyonya nona bung mbak mas kak bang lt col gen sgt capt maj cpl pvt adm gov sen rep supt insp
  det brig cmdr lieut
`));

/** The title an abbreviated rank stands for: "Gov. Christie" is "the governor". */
export const RANK_TITLES: ReadonlyMap<string, string> = new Map([
  ["gov", "governor"], ["sen", "senator"], ["rep", "representative"], ["gen", "general"], ["lt", "lieutenant"],
  ["lieut", "lieutenant"], ["col", "colonel"], ["sgt", "sergeant"], ["capt", "captain"], ["maj", "major"],
  ["adm", "admiral"], ["supt", "superintendent"], ["insp", "inspector"], ["brig", "brigadier"], ["cmdr", "commander"],
  ["prof", "professor"],
]);

/** Honorifics and titles that tell a person's sex, so that "she said" does not go to a man. */
export const FEMININE_WORDS = new Set(words(`
  mrs ms miss madam dame lady bu ibu nyonya nona mbak saudari hj hajjah
  spokeswoman chairwoman congresswoman businesswoman councilwoman anchorwoman
  queen princess duchess countess empress wife mother daughter sister grandmother widow actress
`));
export const MASCULINE_WORDS = new Set(words(`
  mr sir lord pak bapak tuan bung mas saudara kang
  spokesman chairman congressman businessman councilman anchorman
  king prince duke count emperor husband father son brother grandfather widower actor
`));

/** Heads of organisation names: a chain that holds one is an organisation, not a person. */
export const ORG_HEADS = new Set(words(`
  kementerian kemenhan kemenkeu kemlu kemendagri kemenkes kemendikbud departemen badan
  lembaga komisi dinas direktorat kantor dewan majelis mahkamah pengadilan kejaksaan kepolisian
  polri polda polres polsek mabes tni kodam korem kodim pemerintah pemkot pemkab pemprov partai
  fraksi yayasan universitas institut sekolah rumah sakit pt cv tbk persero perum bank
  asosiasi himpunan serikat perhimpunan ikatan gabungan forum koalisi aliansi front gerakan
  ministry department agency commission office council assembly court tribunal police army
  navy force forces government party union university institute school hospital bank company
  corporation corp inc ltd association federation society committee board bureau service
  foundation fund organisation organization authority administration parliament congress senate
  watch center centre group network coalition alliance movement league club press news agency
  times post journal herald reuters afp ap bbc cnn airlines airways maskapai
  puskesmas rsud rsup daop satgas gugus posko
`));

/** Portfolio words that follow a title: "Menteri Keuangan", "Health Secretary". */
export const PORTFOLIOS = new Set(words(`
  keuangan pertahanan luar negeri dalam kesehatan pendidikan kebudayaan perhubungan agama sosial
  hukum ham perdagangan perindustrian pertanian kehutanan kelautan perikanan energi sumber daya
  mineral bumn koordinator politik keamanan perekonomian maritim investasi pariwisata tenaga kerja
  ketenagakerjaan komunikasi informatika lingkungan hidup riset teknologi pemuda olahraga
  pertanahan tata ruang perumahan rakyat pekerjaan umum sekretariat negara kabinet umum operasional
  finance defence defense foreign home interior health education culture transport trade industry
  agriculture energy environment justice labour labor commerce treasury state homeland security
  intelligence communications information affairs development public relations staff operations
`));

/**
 * Places that precede a person's name in a title chain ("Presiden Ukraina Volodymyr
 * Zelenskyy", "Kepala … Sumatera Barat Sulthon"): countries in both languages and
 * Indonesia's provinces. A chain made only of these is a government speaking.
 */
export const PLACES = new Set(
  `
  indonesia malaysia singapura singapore thailand filipina philippines vietnam myanmar kamboja cambodia
  laos brunei timor leste australia selandia baru new zealand papua nugini guinea jepang japan
  china tiongkok cina korea selatan utara south north india pakistan bangladesh afghanistan iran
  irak iraq suriah syria turki turkey lebanon libanon israel palestina palestine yordania jordan
  mesir egypt arab saudi qatar kuwait yaman yemen uni emirat uea uae oman bahrain libya tunisia
  aljazair algeria maroko morocco sudan ethiopia etiopia kenya nigeria afrika africa
  rusia russia ukraina ukraine belarus polandia poland jerman germany prancis perancis france
  inggris britania raya britain england uk skotlandia scotland irlandia ireland wales spanyol spain
  portugal italia italy belanda netherlands belgia belgium swiss switzerland austria swedia sweden
  norwegia norway denmark finlandia finland yunani greece hungaria hungary ceko czech rumania
  romania bulgaria serbia kroasia croatia amerika america serikat united states as us usa kanada
  canada meksiko mexico brasil brazil argentina chile kolombia colombia venezuela peru kuba cuba
  vanuatu fiji taiwan hongkong hong kong eropa europe asia
  aceh sumatera sumatra riau jambi bengkulu lampung bangka belitung kepulauan jawa barat tengah
  timur yogyakarta diy banten jakarta dki bali nusa tenggara ntb ntt kalimantan sulawesi
  gorontalo maluku papua
`
    .trim()
    .split(/\s+/),
);

/** Heads of place names: "Kota Surabaya", "Kabupaten Sleman". */
export const PLACE_HEADS = new Set(words(`kota kabupaten provinsi kecamatan desa kelurahan kampung dusun pulau
  gunung sungai teluk selat county state province city district`));

/**
 * Titles that take a jurisdiction before the name: "Bupati Sleman Sri Purnomo",
 * "Pelatih Persija Stefano Cugurra". Three or more words after one hold a place or club first.
 */
export const JURISDICTION_TITLES = new Set(words(`bupati wabup gubernur wagub walikota wali camat lurah kapolda
  kapolres kapolsek kapolresta pangdam danrem dandim kajati kajari rektor pelatih kapten manajer
  ketua kepala direktur dirut sekda sekjen kadis kadin ceo coach manager captain governor mayor`));

/** Little words allowed inside a name chain: "Secretary of State", "Bin Laden", "van Gogh". */
export const CHAIN_LINKS = new Set(words(`of for the and dan bin binti van von de da del der al el`));
