// SPDX-License-Identifier: GPL-3.0-or-later
#include "review/reviewsession.h"

#include "pipeline/crosspagenames.h"
#include "review/cropcommand.h"
#include "review/decisioncommand.h"
#include "review/regioncommand.h"

#include <QFileInfo>
#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>
#include <QRegularExpression>
#include <QUndoStack>

namespace Blackout {

namespace {

QString normalised(const QString &text)
{
    return text.simplified().toCaseFolded();
}

// Rectangles of the same word read twice (PDF text layer and OCR) overlap almost entirely.
bool mostlyCovered(const QRect &rect, const QList<QRect> &others)
{
    const qint64 area = qint64(rect.width()) * rect.height();
    for (const QRect &o : others) {
        const QRect i = o.intersected(rect);
        if (area > 0 && qint64(i.width()) * i.height() * 2 > area)
            return true;
    }
    return false;
}

} // namespace

ReviewSession::ReviewSession(QObject *parent) : QObject(parent), m_undo(new QUndoStack(this)) {}

ReviewSession::~ReviewSession() = default;

void ReviewSession::setDocument(std::shared_ptr<const Document> document, const QString &path,
                                const Settings &settings)
{
    m_undo->clear();
    ++m_generation;
    m_document = std::move(document);
    m_path = path;
    m_settings = settings;
    m_pages.clear();
    m_pixels.clear();
    m_pixelsAsked.clear();
    m_pixelsFailed.clear();
    m_saved.reset();
    m_restored = 0;
    if (m_document)
        m_pages.resize(m_document->pageCount());
    if (m_document && !path.isEmpty()) {
        const QString file = SessionFile::pathFor(path);
        if (QFileInfo::exists(file)) {
            // A damaged or foreign file is ignored: the review simply starts fresh.
            if (auto saved = SessionFile::load(file); saved.ok())
                m_saved = std::move(saved).value();
        }
    }
    Q_EMIT documentChanged();
}

void ReviewSession::clear()
{
    setDocument(nullptr, QString(), m_settings);
}

bool ReviewSession::isPageReady(int page) const
{
    return page >= 0 && page < m_pages.size() && m_pages.at(page).processed.has_value();
}

int ReviewSession::readyPageCount() const
{
    return int(std::count_if(m_pages.cbegin(), m_pages.cend(),
                             [](const PageState &p) { return p.processed.has_value(); }));
}

const ProcessedPage *ReviewSession::processedPage(int page) const
{
    return isPageReady(page) ? &*m_pages.at(page).processed : nullptr;
}

const RedactionSet &ReviewSession::redactions(int page) const
{
    static const RedactionSet empty;
    return page >= 0 && page < m_pages.size() ? m_pages.at(page).set : empty;
}

QRect ReviewSession::crop(int page) const
{
    return page >= 0 && page < m_pages.size() ? m_pages.at(page).crop : QRect();
}

void ReviewSession::setProcessedPage(ProcessedPage page)
{
    const int index = page.index;
    if (index < 0 || index >= m_pages.size())
        return;
    PageState &state = m_pages[index];
    state.set = RedactionSet(page.hits, m_settings);
    state.reviewed = QList<bool>(page.hits.size(), false);
    if (m_saved && m_saved->pages().contains(index)) {
        // What a person decided before counts as reviewed; hits found anew wait for them.
        const QList<int> restored = m_saved->apply(state.set, index);
        m_restored += int(restored.size());
        for (const int hit : restored)
            state.reviewed[hit] = true;
    }
    state.size = page.image.size();
    m_pixelsFailed.remove(index); // read now, with its pixels
    const QImage image = std::exchange(page.image, QImage());
    state.processed = std::move(page);
    storePixels(index, image);
    Q_EMIT pageChanged(index);
    if (m_pages.size() > 1 && readyPageCount() == m_pages.size())
        findPeopleAcrossPages();
}

QSize ReviewSession::pageSize(int page) const
{
    if (page < 0 || page >= m_pages.size() || !m_document)
        return {};
    return m_pages.at(page).size.isValid() ? m_pages.at(page).size : m_document->pageSize(page);
}

QImage ReviewSession::pageImage(int page) const
{
    return m_pixels.image(page);
}

void ReviewSession::requestPixels(int page)
{
    if (page < 0 || page >= m_pages.size() || m_pixels.contains(page) || m_pixelsAsked.contains(page))
        return;
    if (m_pixelsFailed.contains(page)) {
        Q_EMIT pixelsFailed(page);
        return;
    }
    m_pixelsAsked.insert(page);
    Q_EMIT pixelsNeeded(page);
}

void ReviewSession::setPagePixels(int page, const QImage &image)
{
    if (!m_pixelsAsked.contains(page))
        return;
    m_pixelsAsked.remove(page);
    if (image.isNull() || image.size() != pageSize(page)) {
        // A page that cannot be rendered again is not asked for again and again.
        m_pixelsFailed.insert(page);
        Q_EMIT pixelsFailed(page);
        return;
    }
    storePixels(page, image);
    Q_EMIT pixelsChanged(page);
}

void ReviewSession::setPixelBudget(qint64 bytes)
{
    m_pixels = PixelCache(bytes);
    m_pixelsAsked.clear();
    for (int p = 0; p < m_pages.size(); ++p)
        Q_EMIT pixelsDropped(p);
}

void ReviewSession::storePixels(int page, const QImage &image)
{
    for (const int dropped : m_pixels.insert(page, image))
        Q_EMIT pixelsDropped(dropped);
}

void ReviewSession::findPeopleAcrossPages()
{
    QList<CrossPageNames::Page> pages;
    for (const PageState &state : std::as_const(m_pages))
        pages.append({state.processed->layers, state.set.hits()});
    const int generation = m_generation;
    auto *watcher = new QFutureWatcher<QList<QList<Hit>>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation == m_generation)
            addCrossPageHits(watcher->result());
    });
    watcher->setFuture(QtConcurrent::run(
        [pages, settings = m_settings, people = m_document->metadata().people] {
            return CrossPageNames::find(pages, settings, people);
        }));
}

void ReviewSession::addCrossPageHits(const QList<QList<Hit>> &found)
{
    for (int page = 0; page < found.size() && page < m_pages.size(); ++page) {
        PageState &state = m_pages[page];
        if (found.at(page).isEmpty() || !state.processed)
            continue;
        for (const Hit &hit : found.at(page)) {
            state.set.addHit(hit, m_settings);
            state.reviewed.append(false);
        }
        Q_EMIT pageChanged(page);
    }
}

bool ReviewSession::hasUnsavedChanges() const
{
    return !m_undo->isClean();
}

SessionFile ReviewSession::review() const
{
    SessionFile file = m_saved.value_or(SessionFile());
    for (int p = 0; p < m_pages.size(); ++p) {
        if (m_pages.at(p).processed)
            file.record(p, m_pages.at(p).set, m_pages.at(p).reviewed);
    }
    return file;
}

void ReviewSession::redetect(const Settings &settings)
{
    if (!m_document)
        return;
    // What a person decided rides across in memory, as a saved review would across a reopen.
    m_saved = review();
    m_settings = settings;
    m_restored = 0;
    // Undo steps name hits by index, and the new hits are numbered afresh.
    m_undo->clear();
    ++m_generation;
    m_pixelsAsked.clear();
    m_pixelsFailed.clear();
    for (PageState &state : m_pages) {
        state.processed.reset();
        state.set = RedactionSet();
        state.reviewed.clear();
    }
    for (int p = 0; p < m_pages.size(); ++p)
        Q_EMIT pageChanged(p);
}

Status ReviewSession::saveReview()
{
    if (m_path.isEmpty() || !m_document)
        return {};
    const SessionFile file = review();
    const Status status = file.save(SessionFile::pathFor(m_path));
    if (status.ok()) {
        m_saved = file;
        m_undo->setClean();
    }
    return status;
}

QList<HitRef> ReviewSession::allHits() const
{
    QList<HitRef> refs;
    for (int p = 0; p < m_pages.size(); ++p) {
        const int n = m_pages.at(p).set.hits().size();
        for (int h = 0; h < n; ++h)
            refs.append({p, h});
    }
    return refs;
}

const Hit *ReviewSession::hit(const HitRef &ref) const
{
    if (ref.page < 0 || ref.page >= m_pages.size())
        return nullptr;
    const QList<Hit> &hits = m_pages.at(ref.page).set.hits();
    return ref.hit >= 0 && ref.hit < hits.size() ? &hits.at(ref.hit) : nullptr;
}

std::optional<Decision> ReviewSession::decision(const HitRef &ref) const
{
    if (!hit(ref))
        return std::nullopt;
    return m_pages.at(ref.page).set.decision(ref.hit);
}

bool ReviewSession::isReviewed(const HitRef &ref) const
{
    return hit(ref) && m_pages.at(ref.page).reviewed.value(ref.hit, false);
}

int ReviewSession::reviewedCount() const
{
    int n = 0;
    for (const PageState &p : m_pages)
        n += int(p.reviewed.count(true));
    return n;
}

bool ReviewSession::pushDecisions(QList<DecisionChange> changes, const QString &text)
{
    for (DecisionChange &c : changes)
        c.wasReviewed = isReviewed(c.ref);
    // Confirming detection's proposal is a change too: the hit becomes reviewed.
    changes.removeIf([](const DecisionChange &c) { return c.before == c.after && c.wasReviewed; });
    if (changes.isEmpty())
        return false;
    m_undo->push(new DecisionCommand(this, std::move(changes), text));
    return true;
}

bool ReviewSession::setDecision(const HitRef &ref, Decision decision)
{
    const auto before = this->decision(ref);
    if (!before)
        return false;
    const QString text = decision == Decision::Accepted ? tr("Redact “%1”").arg(hit(ref)->text)
                                                        : tr("Keep “%1”").arg(hit(ref)->text);
    return pushDecisions({{ref, *before, decision, false}}, text);
}

bool ReviewSession::toggleDecision(const HitRef &ref)
{
    const auto before = decision(ref);
    if (!before)
        return false;
    return setDecision(ref, *before == Decision::Accepted ? Decision::Rejected : Decision::Accepted);
}

bool ReviewSession::setDecisionForType(PiiType type, Decision decision)
{
    QList<DecisionChange> changes;
    for (const HitRef &ref : allHits()) {
        if (hit(ref)->type == type)
            changes.append({ref, *this->decision(ref), decision, false});
    }
    const QString name = piiTypeDisplayName(type);
    return pushDecisions(std::move(changes), decision == Decision::Accepted ? tr("Redact every %1").arg(name)
                                                                            : tr("Keep every %1").arg(name));
}

bool ReviewSession::setDecisionForText(const QString &text, Decision decision)
{
    const QString key = normalised(text);
    if (key.isEmpty())
        return false;
    QList<DecisionChange> changes;
    for (const HitRef &ref : allHits()) {
        if (normalised(hit(ref)->text) == key)
            changes.append({ref, *this->decision(ref), decision, false});
    }
    return pushDecisions(std::move(changes), decision == Decision::Accepted
                                                 ? tr("Redact every “%1”").arg(text.simplified())
                                                 : tr("Keep every “%1”").arg(text.simplified()));
}

QRect ReviewSession::clampToPage(int page, const QRect &rect) const
{
    if (page < 0 || page >= m_pages.size() || !m_document)
        return {};
    return rect.normalized().intersected(QRect(QPoint(0, 0), pageSize(page)));
}

int ReviewSession::addRegion(int page, const QRect &rect)
{
    const QRect r = clampToPage(page, rect);
    if (r.width() < 2 || r.height() < 2)
        return 0;
    // Ask the set for the id it would give, then let the command insert it, so redo reuses the id.
    RedactionSet probe = m_pages.at(page).set;
    const int id = probe.addRegion(r);
    m_undo->push(new RegionCommand(this, RegionCommand::Kind::Add, page, {}, {id, r}));
    return id;
}

bool ReviewSession::moveRegion(int page, int id, const QRect &rect, bool continuing)
{
    if (page < 0 || page >= m_pages.size())
        return false;
    const auto before = m_pages.at(page).set.region(id);
    const QRect r = clampToPage(page, rect);
    if (!before || r.width() < 2 || r.height() < 2 || before->rect == r)
        return false;
    m_undo->push(new RegionCommand(this, RegionCommand::Kind::Move, page, *before, {id, r}, continuing));
    return true;
}

bool ReviewSession::removeRegion(int page, int id)
{
    if (page < 0 || page >= m_pages.size())
        return false;
    const auto before = m_pages.at(page).set.region(id);
    if (!before)
        return false;
    m_undo->push(new RegionCommand(this, RegionCommand::Kind::Remove, page, *before, {}));
    return true;
}

bool ReviewSession::setCrop(int page, const QRect &rect)
{
    if (page < 0 || page >= m_pages.size())
        return false;
    QRect r = rect.isNull() ? QRect() : clampToPage(page, rect);
    if (!rect.isNull() && (r.width() < 8 || r.height() < 8))
        return false;
    if (r == m_pages.at(page).crop)
        return false;
    m_undo->push(new CropCommand(this, page, m_pages.at(page).crop, r));
    return true;
}

int ReviewSession::redactEveryOccurrence(const QString &text)
{
    const QString term = text.simplified();
    if (term.isEmpty())
        return 0;
    const QRegularExpression re(QStringLiteral("(?<!\\w)%1(?!\\w)").arg(QRegularExpression::escape(term)),
                                QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    QList<std::pair<int, QRect>> found;
    for (int p = 0; p < m_pages.size(); ++p) {
        if (!m_pages.at(p).processed)
            continue;
        QList<QRect> taken;
        for (const ManualRegion &r : m_pages.at(p).set.regions())
            taken.append(r.rect);
        for (const TextLayer &layer : m_pages.at(p).processed->layers) {
            auto it = re.globalMatch(layer.text());
            while (it.hasNext()) {
                const auto m = it.next();
                for (const QRectF &box : layer.spanBoxes(int(m.capturedStart()), int(m.capturedLength()), 3)) {
                    const QRect rect = clampToPage(p, box.toAlignedRect());
                    if (rect.width() < 2 || rect.height() < 2 || mostlyCovered(rect, taken))
                        continue;
                    taken.append(rect);
                    found.append({p, rect});
                }
            }
        }
    }
    if (found.isEmpty())
        return 0;
    m_undo->beginMacro(tr("Redact every occurrence of “%1”").arg(term));
    for (const auto &[page, rect] : found)
        addRegion(page, rect);
    m_undo->endMacro();
    return int(found.size());
}

void ReviewSession::applyDecisions(const QList<DecisionChange> &changes, bool forward)
{
    for (const DecisionChange &c : changes) {
        if (c.ref.page < 0 || c.ref.page >= m_pages.size())
            continue;
        PageState &state = m_pages[c.ref.page];
        state.set.setDecision(c.ref.hit, forward ? c.after : c.before);
        if (c.ref.hit < state.reviewed.size())
            state.reviewed[c.ref.hit] = forward || c.wasReviewed;
        Q_EMIT hitChanged(c.ref.page, c.ref.hit);
    }
}

void ReviewSession::applyRegionInsert(int page, const ManualRegion &region)
{
    if (page < 0 || page >= m_pages.size())
        return;
    m_pages[page].set.insertRegion(region);
    Q_EMIT regionsChanged(page);
}

void ReviewSession::applyRegionMove(int page, int id, const QRect &rect)
{
    if (page < 0 || page >= m_pages.size())
        return;
    m_pages[page].set.moveRegion(id, rect);
    Q_EMIT regionsChanged(page);
}

void ReviewSession::applyRegionRemove(int page, int id)
{
    if (page < 0 || page >= m_pages.size())
        return;
    m_pages[page].set.removeRegion(id);
    Q_EMIT regionsChanged(page);
}

void ReviewSession::applyCrop(int page, const QRect &rect)
{
    if (page < 0 || page >= m_pages.size())
        return;
    m_pages[page].crop = rect;
    Q_EMIT cropChanged(page);
}

} // namespace Blackout
