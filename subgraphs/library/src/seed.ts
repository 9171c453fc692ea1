import { newId, searchText, sortKey, tagKey, type Em } from '../../../kit';
import { Author, Copy, Edition, Work, WorkSubject } from './entities';
import { isbn10To13, toIsbn10 } from './isbn';

/** Classic public-domain works: title, author, year, language and subjects. */
const BOOKS: [string, string, number, string, string[]][] = [
  ['Pride and Prejudice', 'Jane Austen', 1813, 'en', ['fiction', 'romance', 'classics']],
  ['Emma', 'Jane Austen', 1815, 'en', ['fiction', 'romance', 'classics']],
  ['Persuasion', 'Jane Austen', 1817, 'en', ['fiction', 'romance']],
  ['Frankenstein', 'Mary Shelley', 1818, 'en', ['fiction', 'science fiction', 'horror']],
  ['Moby-Dick', 'Herman Melville', 1851, 'en', ['fiction', 'adventure', 'sea stories']],
  ['Bleak House', 'Charles Dickens', 1853, 'en', ['fiction', 'classics']],
  ['Great Expectations', 'Charles Dickens', 1861, 'en', ['fiction', 'classics']],
  ['A Tale of Two Cities', 'Charles Dickens', 1859, 'en', ['fiction', 'historical fiction']],
  ['Les Misérables', 'Victor Hugo', 1862, 'fr', ['fiction', 'historical fiction']],
  ['Notre-Dame de Paris', 'Victor Hugo', 1831, 'fr', ['fiction', 'historical fiction']],
  ['Madame Bovary', 'Gustave Flaubert', 1857, 'fr', ['fiction', 'classics']],
  ['Vingt mille lieues sous les mers', 'Jules Verne', 1870, 'fr', ['fiction', 'science fiction', 'adventure']],
  ['Le Tour du monde en quatre-vingts jours', 'Jules Verne', 1872, 'fr', ['fiction', 'adventure']],
  ['Crime and Punishment', 'Fyodor Dostoevsky', 1866, 'ru', ['fiction', 'psychological fiction']],
  ['The Brothers Karamazov', 'Fyodor Dostoevsky', 1880, 'ru', ['fiction', 'philosophy']],
  ['War and Peace', 'Leo Tolstoy', 1869, 'ru', ['fiction', 'historical fiction']],
  ['Anna Karenina', 'Leo Tolstoy', 1878, 'ru', ['fiction', 'romance']],
  ['Die Verwandlung', 'Franz Kafka', 1915, 'de', ['fiction', 'absurdist fiction']],
  ['Der Process', 'Franz Kafka', 1925, 'de', ['fiction', 'absurdist fiction']],
  ['Faust', 'Johann Wolfgang von Goethe', 1808, 'de', ['drama', 'poetry']],
  ['Don Quijote de la Mancha', 'Miguel de Cervantes', 1605, 'es', ['fiction', 'adventure', 'classics']],
  ['The Adventures of Sherlock Holmes', 'Arthur Conan Doyle', 1892, 'en', ['fiction', 'mystery']],
  ['The Hound of the Baskervilles', 'Arthur Conan Doyle', 1902, 'en', ['fiction', 'mystery']],
  ['The Time Machine', 'H. G. Wells', 1895, 'en', ['fiction', 'science fiction']],
  ['The War of the Worlds', 'H. G. Wells', 1898, 'en', ['fiction', 'science fiction']],
  ['Dracula', 'Bram Stoker', 1897, 'en', ['fiction', 'horror']],
  ['The Picture of Dorian Gray', 'Oscar Wilde', 1890, 'en', ['fiction', 'philosophy']],
  ['Adventures of Huckleberry Finn', 'Mark Twain', 1884, 'en', ['fiction', 'adventure']],
  ['Little Women', 'Louisa May Alcott', 1868, 'en', ['fiction', 'coming of age']],
  ['On the Origin of Species', 'Charles Darwin', 1859, 'en', ['science', 'biology']],
  ['The Art of War', 'Sun Tzu', -500, 'zh', ['philosophy', 'military strategy']],
  ['Meditations', 'Marcus Aurelius', 180, 'la', ['philosophy']],
];

/**
 * A few dozen classics with one edition and one or two copies each, for `npm start` with
 * SEED_DEMO_DATA; skipped when the catalogue has works. The ISBNs are made up (valid check digits).
 */
export async function seed(em: Em): Promise<void> {
  if (await em.count(Work, {})) return;
  const authors = new Map<string, string>();
  for (const name of new Set(BOOKS.map((b) => b[1]))) {
    const author = em.create(Author, {
      id: newId(),
      name,
      sortName: sortKey(name, 200),
      searchText: searchText([name]),
      birthYear: null,
      deathYear: null,
    });
    authors.set(name, author.id);
  }
  BOOKS.forEach(([title, author, year, language, subjects], i) => {
    const isbn13 = isbn10To13(`0${String(100000 + i * 37).padStart(8, '0')}0`.slice(0, 9) + '0');
    const isbn10 = toIsbn10(isbn13);
    const copies = 1 + (i % 2);
    const work = em.create(Work, {
      id: newId(),
      title,
      subtitle: null,
      sortTitle: sortKey(title, 300),
      authorIds: [authors.get(author)!],
      authorKey: tagKey([authors.get(author)!]),
      subjects,
      subjectKey: tagKey(subjects),
      firstPublishedYear: year,
      language,
      titleText: searchText([title]),
      authorText: searchText([author]),
      searchText: searchText([title, author, ...subjects], [isbn13, ...(isbn10 ? [isbn10.toLowerCase()] : [])]),
      availableCopies: copies,
    });
    for (const subject of subjects) em.create(WorkSubject, { workId: work.id, subject });
    const edition = em.create(Edition, {
      id: newId(),
      workId: work.id,
      isbn13,
      isbn10,
      publisher: 'Hubgraph Classics',
      publishedYear: 2020,
      language,
      pageCount: 200 + i * 11,
    });
    for (let c = 0; c < copies; c++) {
      em.create(Copy, {
        workId: work.id,
        editionId: edition.id,
        barcode: `DEMO-${String(i + 1).padStart(3, '0')}-${c + 1}`,
        location: `Main / ${subjects[0]} / ${author.split(' ').pop()!.slice(0, 3).toUpperCase()}`,
        status: 'AVAILABLE',
        holdId: null,
      });
    }
  });
  await em.flush();
}
