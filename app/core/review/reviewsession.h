// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/document.h"
#include "model/settings.h"
#include "pipeline/pageprocessor.h"
#include "redact/sessionfile.h"
#include "redact/redactionset.h"
#include "review/pixelcache.h"

#include <QList>
#include <QObject>
#include <QRect>
#include <QSet>
#include <QString>

#include <memory>
#include <optional>

class QUndoStack;

namespace Blackout {

/// Names one hit of a session: page index and index into that page's hits.
struct HitRef {
    int page = -1;
    int hit = -1;
    bool isValid() const { return page >= 0 && hit >= 0; }
    friend bool operator==(const HitRef &a, const HitRef &b) { return a.page == b.page && a.hit == b.hit; }
};

/// One change of a hit's decision, as the undo commands record it.
struct DecisionChange {
    HitRef ref;
    Decision before = Decision::Accepted;
    Decision after = Decision::Accepted;
    bool wasReviewed = false;   ///< whether a person had decided on the hit before this change
};

/**
 * Everything a person decides about one open document: per-page results of the pipeline, the redaction
 * set of every page (decisions and manual regions) and the crop to export, with one undo command per
 * user action. Views listen to the fine-grained signals and redraw only what changed.
 */
class ReviewSession : public QObject {
    Q_OBJECT
public:
    explicit ReviewSession(QObject *parent = nullptr);
    ~ReviewSession() override;

    /// Starts reviewing a document: forgets every previous page, result and undo step. When a review of
    /// path was saved before (SessionFile), its decisions and regions come back as pages arrive.
    void setDocument(std::shared_ptr<const Document> document, const QString &path, const Settings &settings);
    void clear();
    /// Forgets the pages' results so the pipeline can read them again with new settings; a person's
    /// decisions, boxes and crops come back onto the new hits as pages arrive (setProcessedPage). Clears
    /// the undo history. Save the review first: this does not.
    void redetect(const Settings &settings);

    std::shared_ptr<const Document> document() const { return m_document; }
    QString path() const { return m_path; }
    const Settings &settings() const { return m_settings; }
    int pageCount() const { return m_pages.size(); }
    bool isPageReady(int page) const;
    int readyPageCount() const;
    /// The pipeline's result for a page, or nullptr while it is still being processed. Its image is always
    /// null: the pixels live in a bounded cache (pageImage).
    const ProcessedPage *processedPage(int page) const;
    /// The page's size in pixels: its image's once read, else the document's.
    QSize pageSize(int page) const;
    /// The page's pixels while the cache holds them, else null: requestPixels() and wait for pixelsChanged().
    QImage pageImage(int page) const;
    /// Asks for a page's pixels (pixelsNeeded) unless they are held or already asked for: again once the cache
    /// let them go, or before the page is read, so that it shows while OCR works. For a page whose pixels
    /// could not be rendered, pixelsFailed follows at once.
    void requestPixels(int page);
    /// The pixels of a page that asked for them (a null image: they could not be rendered).
    void setPagePixels(int page, const QImage &image);
    /// The pages a view shows: their pixels stay (PixelCache::setPinned).
    void setVisiblePages(const QSet<int> &pages) { m_pixels.setPinned(pages); }
    /// Bytes of page pixels the session may hold (PixelCache::defaultBudget unless set).
    void setPixelBudget(qint64 bytes);
    qint64 pixelBytes() const { return m_pixels.bytes(); }
    /// The decisions and regions of a page (empty until the page is ready).
    const RedactionSet &redactions(int page) const;
    /// The part of a page to export; null means the whole page.
    QRect crop(int page) const;

    /// Stores a processed page and makes a fresh redaction set from its hits (not undoable: it is data).
    void setProcessedPage(ProcessedPage page);

    /// Every hit of every ready page, in page order.
    QList<HitRef> allHits() const;
    const Hit *hit(const HitRef &ref) const;
    std::optional<Decision> decision(const HitRef &ref) const;
    /// Whether a person has decided on this hit; detection's own verdict is only a proposal until then.
    bool isReviewed(const HitRef &ref) const;
    int reviewedCount() const;

    // User actions: each pushes one undo command and returns false when nothing would change.
    bool setDecision(const HitRef &ref, Decision decision);
    bool toggleDecision(const HitRef &ref);
    bool setDecisionForType(PiiType type, Decision decision);
    /// Every hit whose text equals text (ignoring case and surrounding space), on every page.
    bool setDecisionForText(const QString &text, Decision decision);
    /// Returns the new region's id, or 0 when rect is empty or outside the page.
    int addRegion(int page, const QRect &rect);
    /// A drag sends many moves; continuing = true merges this one into the previous move of the region.
    bool moveRegion(int page, int id, const QRect &rect, bool continuing = false);
    bool removeRegion(int page, int id);
    bool setCrop(int page, const QRect &rect);
    /// Adds a region over every occurrence of text (whole words, ignoring case) in the text of every
    /// ready page, as one undo step; returns how many were added.
    int redactEveryOccurrence(const QString &text);

    QUndoStack *undoStack() const { return m_undo; }

    /// Whether decisions or regions changed since the document was opened or last saved.
    bool hasUnsavedChanges() const;
    /// Saves the decisions and regions of every ready page beside the document (SessionFile::pathFor);
    /// does nothing for a document without a file (a pasted screenshot).
    Status saveReview();
    /// How many saved hit decisions were matched again on the pages read so far.
    int restoredDecisions() const { return m_restored; }

    // Used by the undo commands: apply a change without recording it.
    void applyDecisions(const QList<DecisionChange> &changes, bool forward);
    void applyRegionInsert(int page, const ManualRegion &region);
    void applyRegionMove(int page, int id, const QRect &rect);
    void applyRegionRemove(int page, int id);
    void applyCrop(int page, const QRect &rect);

Q_SIGNALS:
    void documentChanged();
    /// A page's results arrived (hits and regions are new).
    void pageChanged(int page);
    void hitChanged(int page, int hit);
    void regionsChanged(int page);
    void cropChanged(int page);
    /// A page's pixels are wanted again (the window renders them and calls setPagePixels).
    void pixelsNeeded(int page);
    /// A page's pixels arrived again.
    void pixelsChanged(int page);
    /// A page's pixels were let go to stay within the budget; views drop their copies too.
    void pixelsDropped(int page);
    /// A page's pixels could not be rendered again.
    void pixelsFailed(int page);

private:
    struct PageState {
        std::optional<ProcessedPage> processed;
        RedactionSet set;
        QRect crop;
        QList<bool> reviewed;
        QSize size;                   ///< of the page's image, once read
    };
    void storePixels(int page, const QImage &image);
    bool pushDecisions(QList<DecisionChange> changes, const QString &text);
    /// What a person decided so far: the saved review, updated with every page read since.
    SessionFile review() const;
    QRect clampToPage(int page, const QRect &rect) const;
    /// Once every page is read: the people named on any page are looked for on all of them, off the GUI
    /// thread; what is found arrives as new hits waiting for review.
    void findPeopleAcrossPages();
    void addCrossPageHits(const QList<QList<Hit>> &found);

    std::shared_ptr<const Document> m_document;
    QString m_path;
    Settings m_settings;
    QList<PageState> m_pages;
    mutable PixelCache m_pixels;    ///< reading marks a page as recently used
    QSet<int> m_pixelsAsked;
    QSet<int> m_pixelsFailed;       ///< not asked for again: pixelsFailed at once
    QUndoStack *m_undo = nullptr;
    std::optional<SessionFile> m_saved;
    int m_restored = 0;
    int m_generation = 0;   ///< a new document or a new reading makes late results stale
};

} // namespace Blackout
