// A number box that never changes what was typed: "7,5" and "7.5" both mean seven and a half in any language,
// a value out of range or not a number is kept as typed and explained in a message next to the box, and the
// form refuses to save until it is right. Empty means "not recorded". (A spin box clamps and rounds instead.)
#pragma once

#include <QLabel>
#include <QLineEdit>
#include <QPointer>

#include <optional>

namespace mb {

class NumberField : public QLineEdit {
    Q_OBJECT
public:
    explicit NumberField(QWidget* parent = nullptr);
    ~NumberField() override;

    // The name used in messages, such as "Mood"; also the accessible name unless one was set.
    void setFieldName(const QString& name);
    void setRange(double minimum, double maximum);
    void setWholeNumbers(bool whole);
    void setStep(double step); // Up and Down keys

    // The typed number; nothing when empty or not acceptable.
    std::optional<double> value() const;
    void setValue(std::optional<double> value); // written the way the current locale writes numbers
    bool isEmpty() const { return text().trimmed().isEmpty(); }
    bool isAcceptable() const { return problem().isEmpty(); }
    // What is wrong with the typed text, for the user; empty when it is fine (or empty).
    QString problem() const;

    // The message shown next to the box while the text is not acceptable; the owner places it in a layout.
    QLabel* messageLabel() const { return m_message; }

    // A decimal number with a comma or a point as decimal separator (no thousands separators).
    static std::optional<double> parse(QStringView text);
    // The number as the current locale writes it, without thousands separators or trailing zeros.
    static QString format(double value);

signals:
    void valueChanged();

protected:
    void changeEvent(QEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;

private:
    void updateMessage();

    QString m_name;
    double m_minimum = 0;
    double m_maximum = 1e9;
    bool m_whole = false;
    double m_step = 1;
    QPointer<QLabel> m_message;
};

} // namespace mb
