#pragma once

#include <QStringList>
#include <QWidget>

namespace acu {

/// The key of the channel lines the map draws: per channel a swatch of its line, in its
/// colour and pattern, and its name ("Bladder (BL)"). The entries flow in rows as wide as
/// the key; with no channel drawn the key hides. Drawn on the map's background colour, so
/// that the swatches look as the lines do.
class ChannelKey final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChannelKey)

public:
    explicit ChannelKey(QWidget* parent = nullptr);

    /// The channels to list, by prefix, in the order given.
    void setChannels(const QStringList& prefixes);
    [[nodiscard]] const QStringList& channels() const { return m_channels; }

    [[nodiscard]] QSize sizeHint() const override;
    [[nodiscard]] QSize minimumSizeHint() const override;
    [[nodiscard]] bool hasHeightForWidth() const override { return true; }
    [[nodiscard]] int heightForWidth(int width) const override;

protected:
    void paintEvent(QPaintEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    struct Entry {
        QString prefix;
        QRect rect; ///< the swatch and the name, in widget coordinates
    };
    /// The entries laid out in rows within width.
    [[nodiscard]] QList<Entry> layoutEntries(int width) const;
    [[nodiscard]] int entryWidth(const QString& prefix) const;

    QStringList m_channels;
};

} // namespace acu
