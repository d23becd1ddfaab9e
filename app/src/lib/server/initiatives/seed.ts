/** Demo content: this year's programme and last year's, with Kraków climate initiatives in
 * several districts and every state: a draft, applications waiting for assessment (one partly
 * assessed), approved ones (an agreement to prepare, one to sign), one under way with progress
 * and payments, a final report to review, rejected and withdrawn ones, and last year's
 * completed initiatives. Every step goes through the services, as officials and residents
 * would take it. */
import type { SeedEnv } from '../modules';
import type { ServiceContext } from '../core/context';
import type { InitiativeTheme } from './schema';
import { createProgramme, setCriteria } from './programme.service';
import { addMember, saveApplicationStep, startApplication, submitApplication, withdrawApplication } from './application.service';
import { decide, saveAssessment } from './assessment.service';
import { acceptAgreement, prepareAgreement, signAgreement } from './agreement.service';
import { addProgressUpdate, recordPayment } from './progress.service';
import { reviewReport, submitReport } from './report.service';
import { criteriaOf, warsawDay } from './common';
import { demoPng } from './demoImage';

const DAY = 86_400_000;
const at = (ctx: ServiceContext, when: Date): ServiceContext => ({ ...ctx, now: () => when });
const zl = (n: number) => Math.round(n * 100);

export const DEMO_CRITERIA = [
	{ name: 'Wkład własny mieszkańców', description: 'Praca społeczna, świadczenia rzeczowe i pieniężne wobec kosztu zadania; przede wszystkim wkład pracy społecznej (art. 19c ust. 2 ustawy).', maxScore: 10, weight: 3 },
	{ name: 'Korzyść społeczna', description: 'Ilu mieszkańców skorzysta, czy zadanie jest otwarte dla wszystkich i czy odpowiada na potrzebę okolicy.', maxScore: 10, weight: 2 },
	{ name: 'Wykonalność', description: 'Realny harmonogram, koszty zgodne z cenami rynkowymi, teren gminy i potrzebne zgody.', maxScore: 10, weight: 2 },
	{ name: 'Trwałość i wpływ na klimat', description: 'Czy efekt zostanie na lata (drzewa, retencja wody, mniej odpadów, mniej emisji) i kto zadba o niego po zakończeniu.', maxScore: 10, weight: 1 }
];

type Stage = 'draft' | 'submitted' | 'partly_assessed' | 'approved' | 'agreement_accepted' | 'rejected' | 'withdrawn' | 'in_progress' | 'report_submitted' | 'completed';

interface Demo {
	by: number;
	title: string;
	description: string;
	theme: InitiativeTheme;
	beneficiaries: string;
	lat: number;
	lng: number;
	place: string;
	/** Days after the application date. */
	startIn: number;
	lengthDays: number;
	members: string[];
	workHours: number;
	workDescription: string;
	goods: number;
	goodsDescription: string;
	money: number;
	requested: number;
	cityTasks: string;
	groupTasks: string;
	scores: [number, number, number, number];
	stage: Stage;
	/** Days before now when the group applied. */
	appliedDaysAgo: number;
	updates?: { body: string; alt?: string; trees?: number }[];
	payments?: { amount: number; description: string }[];
	report?: { summary: string; participants: number; workHours: number; goods: number; money: number };
	rejection?: string;
}

const THIS_YEAR: Demo[] = [
	{
		by: 1,
		title: 'Sadzimy 30 drzew na osiedlu Złota Jesień',
		description: 'Między blokami 4 i 7 na osiedlu Złota Jesień latem nie ma cienia. Chcemy posadzić 30 drzew (lipy drobnolistne, klony polne, graby) i przez trzy lata je podlewać. Mieszkańcy przygotują teren, posadzą drzewa z ogrodnikiem z Zarządu Zieleni Miejskiej i założą grupę podlewania.',
		theme: 'trees_greenery',
		beneficiaries: 'Około 1 200 mieszkańców czterech bloków, dzieci z pobliskiego przedszkola.',
		lat: 50.0868,
		lng: 20.0188,
		place: 'Trawnik między blokami 4 i 7, os. Złota Jesień',
		startIn: 20,
		lengthDays: 60,
		members: ['Halina Mazur', 'Krzysztof Wójcik', 'Zofia Lis', 'Bartłomiej Kaczmarek'],
		workHours: 240,
		workDescription: 'Przygotowanie dołów, sadzenie, palikowanie, podlewanie przez trzy sezony (grupa 12 osób).',
		goods: zl(2400),
		goodsDescription: 'Ziemia ogrodowa i kora od spółdzielni, konewki i węże od mieszkańców.',
		money: zl(1500),
		requested: zl(36000),
		cityTasks: 'Zakup 30 drzew z bryłą korzeniową i worków nawadniających, nadzór ogrodnika ZZM, wywóz ziemi.',
		groupTasks: 'Przygotowanie terenu, sadzenie pod nadzorem ogrodnika, podlewanie przez trzy lata, tablica informacyjna.',
		scores: [9, 9, 8, 10],
		stage: 'in_progress',
		appliedDaysAgo: 95,
		updates: [
			{ body: 'Teren przygotowany: usunęliśmy gruz i wytyczyliśmy miejsca pod 30 drzew. W sobotę przyszło 18 sąsiadów.', alt: 'Trawnik między blokami z wytyczonymi miejscami pod drzewa', trees: 0 },
			{ body: 'Posadziliśmy pierwsze 12 drzew z ogrodnikiem Zarządu Zieleni Miejskiej. Każde ma worek nawadniający i opiekuna z bloku.', alt: 'Rząd młodych drzew z workami nawadniającymi na osiedlowym trawniku', trees: 4 }
		],
		payments: [{ amount: zl(21600), description: 'Faktura szkółki: 30 drzew z bryłą korzeniową' }]
	},
	{
		by: 2,
		title: 'Ogród szkolny z warzywnikiem i kompostownikiem na Azorach',
		description: 'Rodzice, nauczyciele i uczniowie szkoły na Azorach zamienią nieużywany kawałek boiska w ogród: podwyższone grządki, kompostownik, beczki na deszczówkę i łąkę dla owadów. Ogród będzie otwarty dla sąsiadów w soboty.',
		theme: 'climate_education',
		beneficiaries: '450 uczniów, ich rodziny i sąsiedzi z osiedla Azory.',
		lat: 50.0885,
		lng: 19.9148,
		place: 'Teren szkoły przy ul. Kazimierza Wyki, Azory',
		startIn: 14,
		lengthDays: 75,
		members: ['Ewa Pawlak', 'Marek Zieliński', 'Agnieszka Dudek'],
		workHours: 320,
		workDescription: 'Budowa grządek, zasiewy, dyżury podlewania w wakacje, warsztaty dla klas.',
		goods: zl(3800),
		goodsDescription: 'Deski modrzewiowe od rodziców, sadzonki i nasiona, narzędzia ogrodowe.',
		money: zl(1200),
		requested: zl(24000),
		cityTasks: 'Zakup ziemi i kompostowników, dwie beczki na deszczówkę z podłączeniem do rynny, ogrodzenie warzywnika.',
		groupTasks: 'Budowa grządek, prowadzenie ogrodu i warsztatów, sobotnie dni otwarte dla sąsiadów.',
		scores: [10, 8, 9, 9],
		stage: 'report_submitted',
		appliedDaysAgo: 150,
		updates: [{ body: 'Stoi dziesięć grządek i kompostownik. Klasy 4–6 posiały rzodkiewkę, groszek i nagietki.', alt: 'Podwyższone grządki na dawnym boisku szkolnym', trees: 2 }],
		payments: [
			{ amount: zl(14800), description: 'Ziemia, kompostowniki i ogrodzenie' },
			{ amount: zl(8600), description: 'Beczki na deszczówkę z montażem' }
		],
		report: { summary: 'Ogród działa od wiosny: 10 grządek, kompostownik, dwie beczki na deszczówkę (2 × 300 l) i 40 m² łąki kwietnej. Odbyło się 14 warsztatów dla klas i 6 sobotnich dni otwartych. Ogrodem opiekuje się koło przyrodnicze.', participants: 380, workHours: 356, goods: zl(4100), money: zl(1200) }
	},
	{
		by: 0,
		title: 'Ogród deszczowy przy bloku na Ruczaju',
		description: 'Woda z dachu bloku przy ul. Lubostroń spływa prosto do kanalizacji, a po burzy zalewa chodnik. Zbudujemy ogród deszczowy (około 25 m²), który zatrzyma i wchłonie wodę z jednej rury spustowej, z roślinami znoszącymi zalewanie i suszę.',
		theme: 'rain_water',
		beneficiaries: 'Mieszkańcy bloku (96 mieszkań) i przechodnie.',
		lat: 50.0262,
		lng: 19.9049,
		place: 'Trawnik przy rurze spustowej, blok przy ul. Lubostroń',
		startIn: 30,
		lengthDays: 45,
		members: ['Joanna Sikora', 'Tomasz Baran', 'Łucja Górska'],
		workHours: 150,
		workDescription: 'Wykop niecki, sadzenie roślin, pielęgnacja przez pierwszy rok.',
		goods: zl(1500),
		goodsDescription: 'Rośliny z ogródków mieszkańców, narzędzia.',
		money: zl(800),
		requested: zl(18500),
		cityTasks: 'Projekt i nadzór, przełożenie rury spustowej, żwir i podłoże, 120 roślin.',
		groupTasks: 'Wykop niecki, sadzenie, pielęgnacja i podlewanie przez pierwszy rok.',
		scores: [8, 7, 9, 10],
		stage: 'agreement_accepted',
		appliedDaysAgo: 40
	},
	{
		by: 2,
		title: 'Rowerowa naprawialnia przy pętli w Czyżynach',
		description: 'Stacja samoobsługowej naprawy rowerów (stojak, pompka, narzędzia na linkach) przy pętli tramwajowej i dyżury wolontariuszy-mechaników w soboty od kwietnia do października.',
		theme: 'mobility',
		beneficiaries: 'Rowerzyści dojeżdżający do pętli, mieszkańcy Czyżyn.',
		lat: 50.0715,
		lng: 20.0012,
		place: 'Przy pętli tramwajowej, Czyżyny',
		startIn: 25,
		lengthDays: 180,
		members: ['Paweł Jabłoński', 'Natalia Kozieł', 'Igor Wilk'],
		workHours: 200,
		workDescription: 'Sobotnie dyżury mechaników-wolontariuszy (4 godziny, 25 sobót, 2 osoby).',
		goods: zl(900),
		goodsDescription: 'Narzędzia i części z warsztatu jednego z członków grupy.',
		money: 0,
		requested: zl(14500),
		cityTasks: 'Zakup i montaż stacji naprawy rowerów, oznakowanie.',
		groupTasks: 'Dyżury mechaników, drobne naprawy, zgłaszanie usterek stacji.',
		scores: [7, 7, 8, 7],
		stage: 'approved',
		appliedDaysAgo: 30
	},
	{
		by: 0,
		title: 'Kawiarenka naprawcza w Podgórzu: naprawiamy zamiast wyrzucać',
		description: 'Raz w miesiącu w klubie przy Rynku Podgórskim: sąsiedzi-złote rączki naprawiają z mieszkańcami lampy, czajniki, ubrania, rowery i zabawki. Ważymy naprawione rzeczy, żeby policzyć, ile odpadów nie powstało.',
		theme: 'repair_reuse',
		beneficiaries: 'Mieszkańcy Podgórza, zwłaszcza seniorzy i rodziny z dziećmi.',
		lat: 50.0442,
		lng: 19.9560,
		place: 'Klub sąsiedzki przy Rynku Podgórskim',
		startIn: 35,
		lengthDays: 240,
		members: ['Anna Nowak', 'Grzegorz Michalski', 'Irena Kwiatkowska', 'Oleksandr Bondarenko'],
		workHours: 288,
		workDescription: 'Osiem spotkań po 6 godzin, 6 naprawiających wolontariuszy.',
		goods: zl(1600),
		goodsDescription: 'Narzędzia, lutownice i maszyny do szycia członków grupy.',
		money: zl(300),
		requested: zl(9800),
		cityTasks: 'Wynajem sali, zestaw narzędzi i części zamiennych, ulotki.',
		groupTasks: 'Prowadzenie spotkań, naprawy, ważenie i rejestr naprawionych rzeczy.',
		scores: [9, 8, 8, 9],
		stage: 'submitted',
		appliedDaysAgo: 6
	},
	{
		by: 1,
		title: 'Łąka kwietna zamiast trawnika na Kurdwanowie',
		description: 'Zamiast koszonego co dwa tygodnie trawnika (800 m²) zasiejemy łąkę kwietną z gatunków rodzimych, ustawimy hotele dla owadów i tablice o bioróżnorodności.',
		theme: 'trees_greenery',
		beneficiaries: 'Mieszkańcy os. Kurdwanów, szkoła i przedszkole obok.',
		lat: 50.0125,
		lng: 19.9515,
		place: 'Trawnik przy ul. Witosa, Kurdwanów',
		startIn: 40,
		lengthDays: 90,
		members: ['Danuta Krawczyk', 'Michał Sobczak', 'Weronika Stępień'],
		workHours: 120,
		workDescription: 'Przygotowanie gleby, siew, budowa hoteli dla owadów.',
		goods: zl(600),
		goodsDescription: 'Drewno na hotele dla owadów.',
		money: 0,
		requested: zl(12800),
		cityTasks: 'Skaryfikacja i przygotowanie gleby, mieszanka nasion rodzimych, tablice.',
		groupTasks: 'Siew, hotele dla owadów, koszenie raz w roku z usunięciem siana.',
		scores: [6, 7, 8, 9],
		stage: 'partly_assessed',
		appliedDaysAgo: 12
	},
	{
		by: 2,
		title: 'Wieczory planszówek w klubie osiedlowym na Prokocimiu',
		description: 'Co tydzień wieczór gier planszowych dla sąsiadów w każdym wieku w klubie osiedlowym: poznajemy się, uczymy gier, zapraszamy seniorów.',
		theme: 'neighbourhood',
		beneficiaries: 'Sąsiedzi z Prokocimia, seniorzy i młodzież.',
		lat: 50.0215,
		lng: 20.0085,
		place: 'Klub osiedlowy, Prokocim',
		startIn: 21,
		lengthDays: 150,
		members: ['Olena Shevchenko', 'Kamil Nowicki', 'Renata Mróz'],
		workHours: 100,
		workDescription: 'Prowadzenie 25 wieczorów gier (po 4 godziny).',
		goods: zl(1200),
		goodsDescription: 'Własne gry planszowe członków grupy.',
		money: 0,
		requested: zl(4500),
		cityTasks: 'Zakup 20 gier i stołu, ulotki.',
		groupTasks: 'Prowadzenie wieczorów gier.',
		scores: [7, 6, 9, 4],
		stage: 'submitted',
		appliedDaysAgo: 3
	},
	{
		by: 1,
		title: 'Budki lęgowe i poidełka dla ptaków przy Alejach',
		description: 'Zawiesimy 40 budek lęgowych i ustawimy 10 poidełek dla ptaków na drzewach przy Alejach Trzech Wieszczów.',
		theme: 'trees_greenery',
		beneficiaries: 'Ptaki miejskie i mieszkańcy okolicy.',
		lat: 50.0665,
		lng: 19.9262,
		place: 'Drzewa przy Alejach Trzech Wieszczów',
		startIn: 20,
		lengthDays: 30,
		members: ['Stefan Kubiak', 'Iwona Adamska', 'Roman Kołodziej'],
		workHours: 40,
		workDescription: 'Montaż budek i poidełek.',
		goods: 0,
		goodsDescription: '',
		money: 0,
		requested: zl(16000),
		cityTasks: 'Zakup budek i poidełek, podnośnik koszowy.',
		groupTasks: 'Montaż i czyszczenie budek raz w roku.',
		scores: [3, 5, 2, 6],
		stage: 'rejected',
		appliedDaysAgo: 60,
		rejection: 'Drzewa przy Alejach są w pasie drogi krajowej zarządzanym przez Zarząd Dróg Miasta Krakowa, który nie zgadza się na montaż na tych drzewach. Wkład własny (40 godzin) jest niewielki wobec kosztu zadania. Zachęcamy do złożenia wniosku dla parku osiedlowego.'
	},
	{
		by: 0,
		title: 'Zielone podwórko przy ul. Józefa',
		description: 'Rozbetonowanie części podwórka kamienicy i posadzenie pnączy oraz krzewów.',
		theme: 'rain_water',
		beneficiaries: 'Mieszkańcy kamienicy.',
		lat: 50.0513,
		lng: 19.9447,
		place: 'Podwórko kamienicy przy ul. Józefa, Kazimierz',
		startIn: 30,
		lengthDays: 30,
		members: ['Anna Nowak', 'Jerzy Stolarz', 'Maria Bielecka'],
		workHours: 80,
		workDescription: 'Rozbiórka płyt, sadzenie.',
		goods: zl(500),
		goodsDescription: 'Sadzonki pnączy.',
		money: 0,
		requested: zl(7000),
		cityTasks: 'Wywóz gruzu, ziemia, krzewy.',
		groupTasks: 'Rozbiórka płyt i sadzenie.',
		scores: [6, 6, 6, 6],
		stage: 'withdrawn',
		appliedDaysAgo: 50
	},
	{
		by: 2,
		title: 'Mural o wodzie w mieście na Grzegórzkach',
		description: 'Mural na ścianie szczytowej o tym, jak miasto może zatrzymywać deszczówkę.',
		theme: 'culture',
		beneficiaries: 'Mieszkańcy Grzegórzek.',
		lat: 50.0592,
		lng: 19.9605,
		place: 'Ściana szczytowa przy ul. Grzegórzeckiej',
		startIn: 40,
		lengthDays: 20,
		members: ['Olena Shevchenko'],
		workHours: 0,
		workDescription: '',
		goods: 0,
		goodsDescription: '',
		money: 0,
		requested: 0,
		cityTasks: '',
		groupTasks: '',
		scores: [0, 0, 0, 0],
		stage: 'draft',
		appliedDaysAgo: 2
	}
];

const LAST_YEAR: Demo[] = [
	{
		by: 1,
		title: 'Żywopłot i krzewy dla ptaków na Olszy',
		description: 'Posadziliśmy 120 metrów żywopłotu z rodzimych krzewów owocowych (głóg, tarnina, dereń) wzdłuż ruchliwej ulicy: osłona od spalin i hałasu, pokarm dla ptaków.',
		theme: 'trees_greenery',
		beneficiaries: 'Mieszkańcy os. Olsza II, przedszkole.',
		lat: 50.0788,
		lng: 19.9705,
		place: 'Pas zieleni przy ul. Młyńskiej, Olsza',
		startIn: 20,
		lengthDays: 40,
		members: ['Barbara Lewandowska', 'Ryszard Czarnecki', 'Aleksandra Wrona'],
		workHours: 180,
		workDescription: 'Przygotowanie gleby, sadzenie, ściółkowanie.',
		goods: zl(1100),
		goodsDescription: 'Kora i narzędzia.',
		money: zl(500),
		requested: zl(15600),
		cityTasks: 'Zakup 400 sadzonek krzewów, dowóz kory, nadzór ogrodnika.',
		groupTasks: 'Sadzenie, ściółkowanie, podlewanie przez rok.',
		scores: [9, 8, 9, 9],
		stage: 'completed',
		appliedDaysAgo: 420,
		updates: [{ body: 'Żywopłot posadzony: 412 krzewów na 120 metrach. Dziękujemy 26 sąsiadom!', alt: 'Młody żywopłot wzdłuż ulicy', trees: 5 }],
		payments: [{ amount: zl(14900), description: 'Sadzonki krzewów i kora' }],
		report: { summary: 'Posadziliśmy 412 krzewów na 120 m. Przyjęło się 96 %. Pracowało 26 osób przez 194 godziny; przedszkole prowadzi kalendarz kwitnienia.', participants: 26, workHours: 194, goods: zl(1100), money: zl(500) }
	},
	{
		by: 0,
		title: 'Warsztaty oszczędzania energii dla seniorów w Nowej Hucie',
		description: 'Cykl 10 warsztatów w klubie seniora: jak czytać rachunek, ustawić termostat, wymienić uszczelki i żarówki; wypożyczalnia mierników zużycia prądu.',
		theme: 'energy',
		beneficiaries: 'Seniorzy z Nowej Huty.',
		lat: 50.0718,
		lng: 20.0372,
		place: 'Klub seniora przy Placu Centralnym',
		startIn: 15,
		lengthDays: 120,
		members: ['Wiesław Majewski', 'Teresa Głowacka', 'Henryk Sowa'],
		workHours: 90,
		workDescription: 'Prowadzenie warsztatów i dyżurów wypożyczalni.',
		goods: zl(400),
		goodsDescription: 'Materiały z domowych zapasów.',
		money: 0,
		requested: zl(6200),
		cityTasks: 'Zakup 10 mierników zużycia energii, uszczelek i żarówek LED do pokazów, druk poradnika.',
		groupTasks: 'Warsztaty, wypożyczalnia, poradnik.',
		scores: [7, 9, 9, 8],
		stage: 'completed',
		appliedDaysAgo: 380,
		payments: [{ amount: zl(5980), description: 'Mierniki, uszczelki, żarówki LED, druk poradnika' }],
		report: { summary: 'Odbyło się 10 warsztatów (142 osoby). Mierniki wypożyczono 61 razy. Uczestnicy deklarują wymianę 230 żarówek na LED.', participants: 142, workHours: 96, goods: zl(400), money: 0 }
	},
	{
		by: 2,
		title: 'Skwer sąsiedzki z ławkami w Bronowicach',
		description: 'Uporządkowaliśmy zaniedbany skwer: ławki z drewna z odzysku, rabaty bylin, stolik do gry w szachy.',
		theme: 'neighbourhood',
		beneficiaries: 'Mieszkańcy Bronowic Małych.',
		lat: 50.0832,
		lng: 19.8848,
		place: 'Skwer przy ul. Rydla',
		startIn: 15,
		lengthDays: 60,
		members: ['Jan Urban', 'Katarzyna Ostrowska', 'Lech Duda'],
		workHours: 110,
		workDescription: 'Sprzątanie, budowa ławek, sadzenie bylin.',
		goods: zl(2000),
		goodsDescription: 'Drewno z odzysku, byliny.',
		money: 0,
		requested: zl(8800),
		cityTasks: 'Stolik szachowy, kosz na śmieci, ziemia i kora.',
		groupTasks: 'Ławki, rabaty, opieka nad skwerem.',
		scores: [8, 8, 8, 6],
		stage: 'completed',
		appliedDaysAgo: 400,
		payments: [{ amount: zl(8450), description: 'Stolik szachowy, kosz, ziemia i kora' }],
		report: { summary: 'Skwer ma 4 ławki, 3 rabaty bylin i stolik szachowy; co miesiąc sprzątamy go z sąsiadami.', participants: 58, workHours: 118, goods: zl(2000), money: 0 }
	}
];

async function seedApplication(env: SeedEnv, processId: string, d: Demo, criteriaIds: string[]) {
	const t0 = new Date(env.now.getTime() - d.appliedDaysAgo * DAY);
	const t = (days: number) => new Date(t0.getTime() + days * DAY);
	const resident = env.as.residents[d.by % env.as.residents.length];
	const me = at(resident, t0);
	const official = (days: number) => at(env.as.official, t(days));
	const id = await startApplication(me, processId, { title: d.title, description: d.description, theme: d.theme, beneficiaries: d.beneficiaries });
	await saveApplicationStep(me, id, 'place', { lat: d.lat, lng: d.lng, placeDescription: d.place });
	if (d.stage === 'draft') return id;
	const starts = warsawDay(t(d.startIn));
	const ends = warsawDay(t(d.startIn + d.lengthDays));
	await saveApplicationStep(me, id, 'when', { startsOn: starts, endsOn: ends });
	// The person applying is the contact; the other named people join by name.
	for (const name of d.members.slice(1)) await addMember(me, id, { fullName: name });
	await saveApplicationStep(me, id, 'contribution', { workHours: d.workHours, workDescription: d.workDescription, goodsValue: d.goods, goodsDescription: d.goodsDescription, moneyAmount: d.money });
	await saveApplicationStep(me, id, 'request', { requestedAmount: d.requested, cityTasks: d.cityTasks });
	await submitApplication(me, id, { declaration: 'yes' });
	if (d.stage === 'submitted') return id;
	if (d.stage === 'withdrawn') {
		await withdrawApplication(at(resident, t(5)), id);
		return id;
	}
	const justifications = [
		`Grupa wnosi ${d.workHours} godzin pracy społecznej oraz świadczenia rzeczowe i pieniężne; to znaczna część kosztu zadania.`,
		`Z efektu skorzystają: ${d.beneficiaries.charAt(0).toLowerCase()}${d.beneficiaries.slice(1)}`,
		'Harmonogram i koszty są realne; teren należy do Gminy Miejskiej Kraków.',
		'Efekt zostanie na lata, grupa deklaruje opiekę po zakończeniu zadania.'
	];
	const scores = Object.fromEntries(criteriaIds.map((cid, i) => [cid, { score: String(d.scores[i]), justification: justifications[i] }]));
	if (d.stage === 'partly_assessed') {
		await saveAssessment(official(4), id, { scores: { [criteriaIds[0]]: scores[criteriaIds[0]], [criteriaIds[1]]: scores[criteriaIds[1]] } });
		return id;
	}
	await saveAssessment(official(7), id, { scores });
	if (d.stage === 'rejected') {
		await decide(official(10), id, { decision: 'reject', justification: d.rejection! });
		return id;
	}
	await decide(official(10), id, { decision: 'approve', amount: d.requested, justification: 'Wniosek spełnia kryteria uchwały; wkład mieszkańców i korzyść dla okolicy przemawiają za realizacją.' });
	if (d.stage === 'approved') return id;
	await prepareAgreement(official(14), id, { startsOn: starts, endsOn: ends, cityTasks: d.cityTasks, groupTasks: d.groupTasks, workHours: d.workHours, goodsValue: d.goods, moneyAmount: d.money, cityAmount: d.requested });
	await acceptAgreement(at(resident, t(16)), id);
	if (d.stage === 'agreement_accepted') return id;
	await signAgreement(official(18), id);
	for (const [i, u] of (d.updates ?? []).entries()) {
		await addProgressUpdate(at(resident, t(d.startIn + 5 + i * 10)), id, { body: u.body, alt: u.alt, photo: u.alt ? demoPng({ trees: u.trees ?? 3, seed: i }) : null });
	}
	for (const [i, p] of (d.payments ?? []).entries()) {
		await recordPayment(official(d.startIn + 10 + i * 7), id, { amount: p.amount, description: p.description, paidOn: warsawDay(t(d.startIn + 10 + i * 7)) });
	}
	if (d.stage === 'in_progress') return id;
	const r = d.report!;
	await submitReport(at(resident, t(d.startIn + d.lengthDays + 3)), id, { summary: r.summary, participants: r.participants, workHoursDelivered: r.workHours, goodsValueDelivered: r.goods, moneyDelivered: r.money });
	if (d.stage === 'report_submitted') return id;
	await reviewReport(official(d.startIn + d.lengthDays + 10), id, { verdict: 'accept', note: 'Sprawozdanie kompletne; wkład własny dostarczony zgodnie z umową.' });
	return id;
}

export async function seedInitiatives(env: SeedEnv) {
	const year = env.now.getFullYear();
	const day = (d: number) => warsawDay(new Date(env.now.getTime() + d * DAY));
	// A calendar year's programme, stretched when the demo starts near a year's edge so that the
	// demo's applications (dated relative to now) fall inside it.
	const earlier = (a: string, b: string) => (a < b ? a : b);
	const later = (a: string, b: string) => (a > b ? a : b);
	const resolution = 'Uchwała Rady Miasta Krakowa w sprawie trybu i szczegółowych kryteriów oceny wniosków o realizację zadania publicznego w ramach inicjatywy lokalnej (dane demonstracyjne).';
	const description = (y: number) =>
		`Mieszkańcy — grupa sąsiadów albo organizacja w ich imieniu — proponują zadanie publiczne i wykonują je razem z miastem: wnoszą pracę społeczną, rzeczy lub pieniądze, a miasto swoją część. Wnioski przyjmujemy przez cały ${y} rok, dopóki starcza pieniędzy w puli. Oceniamy je według kryteriów z uchwały Rady Miasta.`;
	const last = await createProgramme(at(env.as.official, new Date(env.now.getTime() - 520 * DAY)), { title: `Inicjatywa lokalna ${year - 1}`, description: description(year - 1), year: year - 1, poolAmount: zl(450000), workHourRate: zl(30.5), minMembers: 3, minScorePercent: 50, resolution, opensOn: earlier(`${year - 1}-01-01`, day(-500)), closesOn: later(`${year - 1}-12-31`, day(-370)) });
	await setCriteria(at(env.as.official, new Date(env.now.getTime() - 520 * DAY)), last.id, { criteria: DEMO_CRITERIA });
	const lastCriteria = (await criteriaOf(env.db, last.id)).map((c) => c.id);
	for (const d of LAST_YEAR) await seedApplication(env, last.id, d, lastCriteria);

	const current = await createProgramme(at(env.as.official, new Date(env.now.getTime() - 200 * DAY)), { title: `Inicjatywa lokalna ${year}`, description: description(year), year, poolAmount: zl(600000), workHourRate: zl(31.4), minMembers: 3, minScorePercent: 50, resolution, opensOn: earlier(`${year}-01-01`, day(-180)), closesOn: later(`${year}-12-31`, day(30)) });
	await setCriteria(at(env.as.official, new Date(env.now.getTime() - 200 * DAY)), current.id, { criteria: DEMO_CRITERIA });
	const criteria = (await criteriaOf(env.db, current.id)).map((c) => c.id);
	for (const d of THIS_YEAR) await seedApplication(env, current.id, d, criteria);
	env.log(`Seeded local initiatives: ${LAST_YEAR.length + THIS_YEAR.length} applications in two programmes.`);
}
